import { Injectable, NotFoundException } from '@nestjs/common';
import type { Finding as RuleFinding } from '@nianbao/report';
import type { FindingReview, FindingScope, Prisma, ReviewDecision, Severity } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import { findingRows } from './report.repository';

export interface FindingFilter {
  agencyId?: string;
  regionCode?: string;
  year?: number;
  rule?: string;
  severity?: Severity;
  limit?: number;
}

export interface ReviewInput {
  decision: ReviewDecision;
  comment: string;
  reviewer: string;
}

@Injectable()
export class FindingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Reviews of the given fingerprints, by fingerprint. */
  async reviewsOf(fingerprints: string[]): Promise<Map<string, FindingReview>> {
    if (fingerprints.length === 0) return new Map();
    const reviews = await this.prisma.findingReview.findMany({ where: { fingerprint: { in: [...new Set(fingerprints)] } } });
    return new Map(reviews.map((r) => [r.fingerprint, r]));
  }

  /** Findings of current report versions matching the filter. */
  list(filter: FindingFilter) {
    return this.prisma.finding.findMany({
      where: this.whereCurrent(filter),
      include: { reportVersion: { select: { agency: { select: { id: true, name: true } } } } },
      orderBy: [{ year: 'desc' }, { severity: 'asc' }, { rule: 'asc' }, { id: 'asc' }],
      take: Math.min(filter.limit ?? 500, 5000),
    });
  }

  /** Per rule and severity: how many current reports break it, and how many findings it made. */
  async summary(filter: Omit<FindingFilter, 'limit'>) {
    const where = this.whereCurrent(filter);
    const [perRule, perReport] = await Promise.all([
      this.prisma.finding.groupBy({ by: ['rule', 'severity'], where, _count: { _all: true }, orderBy: [{ rule: 'asc' }, { severity: 'asc' }] }),
      this.prisma.finding.groupBy({ by: ['rule', 'severity', 'reportVersionId'], where }),
    ]);
    return perRule.map((r) => ({
      rule: r.rule,
      severity: r.severity,
      findings: r._count._all,
      reports: perReport.filter((p) => p.rule === r.rule && p.severity === r.severity).length,
    }));
  }

  /** Records a decision on a finding; keyed by its fingerprint, so later re-runs show it too. */
  async review(findingId: string, input: ReviewInput) {
    const finding = await this.prisma.finding.findUnique({ where: { id: findingId } });
    if (!finding) throw new NotFoundException(`没有这条检查结果：${findingId}`);
    const review = await this.prisma.findingReview.upsert({
      where: { fingerprint: finding.fingerprint },
      create: { fingerprint: finding.fingerprint, ...input, decidedAt: new Date() },
      update: { ...input, decidedAt: new Date() },
    });
    return { finding, review };
  }

  /** Replaces one scope of a report version's findings (re-validation, cross checks) in one transaction. */
  async replace(reportVersionId: string, scope: FindingScope, rulesetVersion: string, findings: RuleFinding[], rules?: string[]) {
    const version = await this.prisma.reportVersion.findUniqueOrThrow({ where: { id: reportVersionId }, select: { agencyId: true, year: true } });
    const rows = findingRows(version.agencyId, version.year, rulesetVersion, findings, scope).map((r) => ({ ...r, reportVersionId }));
    await this.prisma.$transaction([
      this.prisma.finding.deleteMany({ where: { reportVersionId, scope, ...(rules ? { rule: { in: rules } } : {}) } }),
      this.prisma.finding.createMany({ data: rows }),
    ]);
    return rows.length;
  }

  private whereCurrent(filter: Omit<FindingFilter, 'limit'>): Prisma.FindingWhereInput {
    return {
      reportVersion: { current: true, ...(filter.regionCode ? { agency: { regionCode: filter.regionCode } } : {}) },
      ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
      ...(filter.year !== undefined ? { year: filter.year } : {}),
      ...(filter.rule ? { rule: filter.rule } : {}),
      ...(filter.severity ? { severity: filter.severity } : {}),
    };
  }
}
