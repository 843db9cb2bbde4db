import { Controller, Get } from '@nestjs/common';
import type { AgencyView } from '@nianbao/api-contract';
import { AgencyRepository } from '@nianbao/db';
import { agencyView } from '../common/views';

@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgencyRepository) {}

  @Get()
  async list(): Promise<AgencyView[]> {
    return (await this.agencies.list()).map(agencyView);
  }
}
