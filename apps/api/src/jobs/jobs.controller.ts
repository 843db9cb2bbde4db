import { Controller, Get, Query } from '@nestjs/common';
import type { JobRunView } from '@nianbao/api-contract';
import { JobRunRepository } from '@nianbao/db';
import { optionalString } from '../common/query';
import { jobRunView } from '../common/views';

@Controller('jobs')
export class JobsController {
  constructor(private readonly runs: JobRunRepository) {}

  /** Recent background jobs (newest first): re-validation progress, reconcile runs, ingest runs. */
  @Get()
  async list(@Query('name') name: unknown): Promise<JobRunView[]> {
    return (await this.runs.recent(optionalString('name', name, 60))).map(jobRunView);
  }
}
