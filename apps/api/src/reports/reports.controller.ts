import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type { ReportList, ReportView } from '@nianbao/api-contract';
import { FindingRepository, ReportRepository } from '@nianbao/db';
import { optionalInt, optionalString } from '../common/query';
import { reportSummary, reportView } from '../common/views';

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportRepository,
    private readonly findings: FindingRepository,
  ) {}

  /** Current report versions; `agency` is an agency id or part of a name. */
  @Get()
  async list(@Query('agency') agency: unknown, @Query('year') year: unknown, @Query('limit') limit: unknown): Promise<ReportList> {
    const rows = await this.reports.listCurrent({
      agency: optionalString('agency', agency),
      year: optionalInt('year', year, 1990, 2100),
      limit: optionalInt('limit', limit, 1, 1000),
    });
    return { items: rows.map(reportSummary) };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('报告编号格式不正确') })) id: string): Promise<ReportView> {
    const v = await this.reports.findById(id);
    if (!v) throw new NotFoundException(`没有这份报告：${id}`);
    return reportView(v, await this.findings.reviewsOf(v.findings.map((f) => f.fingerprint)));
  }
}
