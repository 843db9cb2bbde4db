import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { FindingList, RuleSummary, StoredFinding } from '@nianbao/api-contract';
import { FindingRepository, type FindingFilter } from '@nianbao/db';
import { z } from 'zod';
import { optionalEnum, optionalInt, optionalString } from '../common/query';
import { findingView } from '../common/views';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const reviewSchema = z.object({
  decision: z.enum(['confirmed', 'dismissed']),
  comment: z.string().max(2000).optional().default(''),
  reviewer: z.string().trim().min(1).max(100),
});

interface FilterQuery {
  agency?: unknown;
  region?: unknown;
  year?: unknown;
  rule?: unknown;
  severity?: unknown;
  limit?: unknown;
}

@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingRepository) {}

  /** Findings of current reports, filterable by agency id, region code, year, rule and severity. */
  @Get()
  async list(@Query() q: FilterQuery): Promise<FindingList> {
    const rows = await this.findings.list({ ...filterOf(q), limit: optionalInt('limit', q.limit, 1, 5000) });
    const reviews = await this.findings.reviewsOf(rows.map((r) => r.fingerprint));
    return { items: rows.map((r) => ({ ...findingView(r, reviews), agency: r.reportVersion.agency, year: r.year })) };
  }

  @Get('summary')
  async summary(@Query() q: FilterQuery): Promise<RuleSummary> {
    return { items: await this.findings.summary(filterOf(q)) };
  }

  /** A reviewer confirms or dismisses a finding; the decision follows the finding across re-runs. */
  @Post(':id/review')
  @HttpCode(200)
  async review(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('检查结果编号格式不正确') })) id: string, @Body() body: unknown): Promise<StoredFinding> {
    const parsed = reviewSchema.safeParse(body);
    if (!parsed.success) throw new BadRequestException(`审核内容无效：${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { finding, review } = await this.findings.review(id, parsed.data);
    return findingView(finding, new Map([[review.fingerprint, review]]));
  }
}

function filterOf(q: FilterQuery): Omit<FindingFilter, 'limit'> {
  const agency = optionalString('agency', q.agency);
  if (agency && !UUID.test(agency)) throw new BadRequestException('参数 agency 应为机关编号');
  return {
    agencyId: agency,
    regionCode: optionalString('region', q.region, 20),
    year: optionalInt('year', q.year, 1990, 2100),
    rule: optionalString('rule', q.rule, 60),
    severity: optionalEnum('severity', q.severity, SEVERITIES),
  };
}
