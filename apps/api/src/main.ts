import { Logger } from '@nestjs/common';
import { loadEnv } from '@nianbao/config';
import { createApiApp } from './create-app';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const app = await createApiApp();
  await app.listen(env.API_PORT, '0.0.0.0');
  new Logger('Api').log(`API listening on http://127.0.0.1:${env.API_PORT}/api/v1`);
}

void bootstrap();
