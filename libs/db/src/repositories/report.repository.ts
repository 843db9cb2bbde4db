import { Injectable } from '@nestjs/common';
import type { CanonicalReport, CellProvenance, Finding } from '@nianbao/report';
import { Prisma, type FindingScope } from '../generated/prisma/client';
import { factsOf } from '../facts';
import { resolveAgency } from './agency-resolution';
import { findingFingerprint } from '../fingerprint';
import { PrismaService } from '../prisma.service';

export interface AcceptReport {
  submissionId: string;
  agencyName: string;
  regionCode?: string | null;
  year: number;
  report: CanonicalReport;
  provenance: Record<string, CellProvenance>;
  /** What the parser found (kept across re-validation), then what the single-report rules found. */
  parseFindings: Finding[];
  findings: Finding[];
  rulesetVersion: string;
  mediaType: string | null;
  encoding: string | null;
}

export interface Accepted {
  reportVersionId: string;
  agencyId: string;
  version: number;
  /** False when this submission had already been stored (a retry or a duplicate job). */
  created: boolean;
}

export interface ReportFilter {
  /** An agency id, or part of an agency name. */
  agency?: string;
  year?: number;
  limit?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const KEY_FIGURE_KEYS = {
  newReceived: 'applications.newReceived.total',
  totalProcessed: 'applications.totalProcessed.total',
  carriedForward: 'applications.carriedForward.total',
  reviewTotal: 'disputes.review.total',
} as const;

export function findingRows(agencyId: string, year: number, rulesetVersion: string, findings: Finding[], scope: FindingScope = 'report') {
  return findings.map((f) => ({
    agencyId,
    year,
    scope,
    rule: f.rule,
    severity: f.severity,
    outcome: f.outcome,
    cells: f.cells,
    expected: f.expected ?? Prisma.DbNull,
    actual: f.actual ?? Prisma.DbNull,
    message: f.message,
    messageEn: f.messageEn ?? null,
    related: f.related ? (f.related as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    rulesetVersion,
    fingerprint: findingFingerprint(agencyId, year, f),
  }));
}

@Injectable()
export class ReportRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Stores an accepted submission in one transaction: the next report version of the agency and year
   * (made current), its facts and findings, and the submission's final status. Idempotent per
   * submission: a second call returns the version already stored.
   */
  async accept(input: AcceptReport): Promise<Accepted> {
    try {
      return await this.prisma.$transaction((tx) => this.acceptIn(tx, input), { timeout: 30_000 });
    } catch (e) {
      // Two deliveries of one job racing: the unique submission_id lets exactly one of them win.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
        const existing = await this.prisma.reportVersion.findUnique({ where: { submissionId: input.submissionId } });
        if (existing) return { reportVersionId: existing.id, agencyId: existing.agencyId, version: existing.version, created: false };
      }
      throw e;
    }
  }

  private async acceptIn(tx: Prisma.TransactionClient, input: AcceptReport): Promise<Accepted> {
    const existing = await tx.reportVersion.findUnique({ where: { submissionId: input.submissionId } });
    if (existing) return { reportVersionId: existing.id, agencyId: existing.agencyId, version: existing.version, created: false };

    const agency = { id: await resolveAgency(tx, input.agencyName, input.regionCode ?? null) };
    const last = await tx.reportVersion.findFirst({ where: { agencyId: agency.id, year: input.year }, orderBy: { version: 'desc' } });
    if (last) {
      await tx.reportVersion.updateMany({ where: { agencyId: agency.id, year: input.year, current: true }, data: { current: false } });
      await tx.fact.updateMany({ where: { agencyId: agency.id, year: input.year, current: true }, data: { current: false } });
    }
    const version = await tx.reportVersion.create({
      data: {
        agencyId: agency.id,
        year: input.year,
        version: (last?.version ?? 0) + 1,
        formatVersion: input.report.formatVersion,
        report: input.report as unknown as Prisma.InputJsonValue,
        provenance: input.provenance as unknown as Prisma.InputJsonValue,
        submissionId: input.submissionId,
        current: true,
      },
    });
    // ~200 facts per report in one statement: three arrays unnested, instead of 200 bound rows.
    const facts = factsOf(input.report, input.provenance);
    await tx.$executeRaw`
      INSERT INTO facts (report_version_id, key, agency_id, year, current, value, kind)
      SELECT ${version.id}::uuid, k, ${agency.id}::uuid, ${input.year}, true, v::numeric, kind
      FROM unnest(${facts.map((f) => f.key)}::text[], ${facts.map((f) => f.value)}::text[], ${facts.map((f) => f.kind)}::text[]) AS t(k, v, kind)`;
    await tx.finding.createMany({
      data: [
        ...findingRows(agency.id, input.year, input.rulesetVersion, input.parseFindings, 'parse'),
        ...findingRows(agency.id, input.year, input.rulesetVersion, input.findings, 'report'),
      ].map((r) => ({ ...r, reportVersionId: version.id })),
    });
    await tx.submission.update({
      where: { id: input.submissionId },
      data: { status: 'accepted', error: null, agencyId: agency.id, mediaType: input.mediaType, encoding: input.encoding, finishedAt: new Date() },
    });
    return { reportVersionId: version.id, agencyId: agency.id, version: version.version, created: true };
  }

  findById(id: string) {
    return this.prisma.reportVersion.findUnique({
      where: { id },
      include: { agency: true, findings: { orderBy: [{ severity: 'asc' }, { rule: 'asc' }] } },
    });
  }

  findCurrent(agencyId: string, year: number) {
    return this.prisma.reportVersion.findFirst({ where: { agencyId, year, current: true } });
  }

  /** Current versions matching the filter, newest year first, with their key figures and finding counts. */
  async listCurrent(filter: ReportFilter) {
    const where: Prisma.ReportVersionWhereInput = { current: true };
    if (filter.year !== undefined) where.year = filter.year;
    if (filter.agency) where.agency = UUID.test(filter.agency) ? { id: filter.agency } : { name: { contains: filter.agency, mode: 'insensitive' } };
    const versions = await this.prisma.reportVersion.findMany({
      where,
      select: { id: true, year: true, formatVersion: true, version: true, submissionId: true, createdAt: true, agency: { select: { id: true, name: true } } },
      orderBy: [{ year: 'desc' }, { agency: { name: 'asc' } }],
      take: Math.min(filter.limit ?? 200, 1000),
    });
    const ids = versions.map((v) => v.id);
    const [facts, counts] = await Promise.all([
      this.prisma.fact.findMany({ where: { reportVersionId: { in: ids }, key: { in: Object.values(KEY_FIGURE_KEYS) } }, select: { reportVersionId: true, key: true, value: true } }),
      this.prisma.finding.groupBy({ by: ['reportVersionId', 'severity'], where: { reportVersionId: { in: ids } }, _count: { _all: true } }),
    ]);
    return versions.map((v) => ({
      ...v,
      figures: new Map(facts.filter((f) => f.reportVersionId === v.id).map((f) => [f.key, f.value === null ? null : f.value.toNumber()])),
      counts: new Map(counts.filter((c) => c.reportVersionId === v.id).map((c) => [c.severity, c._count._all])),
    }));
  }

  /** Current versions in id order, a page at a time (re-validation walks them all). */
  currentPage(afterId: string | null, take: number) {
    return this.prisma.reportVersion.findMany({
      where: { current: true, ...(afterId ? { id: { gt: afterId } } : {}) },
      select: { id: true, agencyId: true, year: true, report: true, provenance: true },
      orderBy: { id: 'asc' },
      take,
    });
  }

  /** Current versions of the given agencies in the given years, with their reports (cross checks read them). */
  currentOf(agencyIds: string[], years: number[]) {
    return this.prisma.reportVersion.findMany({
      where: { current: true, agencyId: { in: agencyIds }, year: { in: years } },
      select: { id: true, agencyId: true, year: true, report: true, provenance: true, agency: { select: { name: true } } },
    });
  }

  /** (agency, year) of current versions in id order, a page at a time: the cross sweep walks them. */
  currentKeysPage(afterId: string | null, take: number) {
    return this.prisma.reportVersion.findMany({
      where: { current: true, ...(afterId ? { id: { gt: afterId } } : {}) },
      select: { id: true, agencyId: true, year: true },
      orderBy: { id: 'asc' },
      take,
    });
  }

  /** Each agency's latest current report: X.missing expects the year after it. */
  latestPerAgency() {
    return this.prisma.$queryRaw<{ versionId: string; agencyId: string; year: number; name: string; category: string | null; isAggregate: boolean }[]>`
      SELECT DISTINCT ON (rv.agency_id) rv.id::text AS "versionId", rv.agency_id::text AS "agencyId", rv.year, a.name, a.category,
        EXISTS (SELECT 1 FROM agencies m WHERE m.aggregate_id = a.id) AS "isAggregate"
      FROM report_versions rv JOIN agencies a ON a.id = rv.agency_id
      WHERE rv.current
      ORDER BY rv.agency_id, rv.year DESC`;
  }

  countCurrent() {
    return this.prisma.reportVersion.count({ where: { current: true } });
  }
}
