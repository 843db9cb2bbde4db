import { Injectable, Logger } from '@nestjs/common';
import { AgencyRepository, FindingRepository, JobRunRepository, ReportRepository } from '@nianbao/db';
import type { CanonicalReport, CellProvenance, Finding } from '@nianbao/report';
import { RULESET_VERSION, checkCarryOver, checkDuplicateText, checkInForce, checkMissing, checkRollup, type ReportRef, type ReporterKind } from '@nianbao/rules';

/** The rules that compare one agency's consecutive years; their findings hang on the later year. */
const YEAR_PAIR_RULES = ['X.carryOver', 'X.inForce', 'X.duplicateText'];
const ROLLUP_RULES = ['X.rollup'];
const MISSING_RULES = ['X.missing'];
const SWEEP_PAGE = 500;

interface StoredVersion {
  id: string;
  agencyId: string;
  year: number;
  report: unknown;
  provenance: unknown;
  agency: { name: string };
}

/**
 * Cross-report checks (X.*) around one agency and year: the year before and the year after (a late
 * submission of an earlier year changes the later year's findings too), and the 本级政府 roll-up the
 * agency belongs to. Findings never block acceptance; each run replaces the findings of its rules.
 */
@Injectable()
export class CrossCheckService {
  private readonly logger = new Logger(CrossCheckService.name);

  constructor(
    private readonly reports: ReportRepository,
    private readonly agencies: AgencyRepository,
    private readonly findings: FindingRepository,
    private readonly runs: JobRunRepository,
  ) {}

  async check(agencyId: string, year: number): Promise<number> {
    const versions = await this.reports.currentOf([agencyId], [year - 1, year, year + 1]);
    const byYear = new Map(versions.map((v) => [v.year, v]));
    let stored = 0;
    for (const later of [year, year + 1]) {
      const current = byYear.get(later);
      if (!current) continue;
      const previous = byYear.get(later - 1);
      const found: Finding[] = previous
        ? [...checkCarryOver(refOf(current), refOf(previous)), ...checkInForce(refOf(current), refOf(previous)), ...checkDuplicateText(refOf(current), refOf(previous))]
        : [];
      stored += await this.findings.replace(current.id, 'cross', RULESET_VERSION, found, YEAR_PAIR_RULES);
    }
    // The year's report has arrived: the previous year's version no longer waits for it.
    const previous = byYear.get(year - 1);
    if (previous) await this.findings.replace(previous.id, 'cross', RULESET_VERSION, [], MISSING_RULES);
    const agency = await this.agencies.findById(agencyId);
    const aggregateId = agency?.aggregateId ?? ((await this.agencies.isAggregate(agencyId)) ? agencyId : null);
    if (aggregateId) stored += await this.rollup(aggregateId, year);
    return stored;
  }

  /** X.rollup runs only when the aggregate and every member have a current report for the year. */
  private async rollup(aggregateId: string, year: number): Promise<number> {
    const members = await this.agencies.membersOf(aggregateId);
    const versions = await this.reports.currentOf([aggregateId, ...members.map((m) => m.id)], [year]);
    const aggregate = versions.find((v) => v.agencyId === aggregateId);
    if (!aggregate) return 0;
    const present = versions.filter((v) => v.agencyId !== aggregateId);
    const found = present.length === members.length ? checkRollup({ aggregate: refOf(aggregate), members: present.map(refOf) }) : [];
    return this.findings.replace(aggregate.id, 'cross', RULESET_VERSION, found, ROLLUP_RULES);
  }

  /** Every current report, agency by agency: the scheduled sweep (its progress in the job run). */
  async sweep(runId: string): Promise<number> {
    await this.runs.progress(runId, 0, await this.reports.countCurrent());
    const seen = new Set<string>();
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const page = await this.reports.currentKeysPage(after, SWEEP_PAGE);
      if (page.length === 0) break;
      for (const v of page) {
        const key = `${v.agencyId}/${v.year}`;
        if (!seen.has(key)) await this.check(v.agencyId, v.year);
        seen.add(key);
      }
      done += page.length;
      after = page[page.length - 1]?.id ?? null;
      await this.runs.progress(runId, done);
    }
    const missing = await this.missing(new Date());
    this.logger.log(`cross sweep checked ${done} current report(s); ${missing} agency(ies) overdue`);
    return done;
  }

  /**
   * X.missing: an agency that reported for year N is expected to report for N+1 (by 31 January, a
   * government by 31 March). The finding hangs on its latest report, the one that sets the expectation.
   */
  async missing(now: Date): Promise<number> {
    let overdue = 0;
    for (const latest of await this.reports.latestPerAgency()) {
      const kind: ReporterKind = latest.isAggregate || latest.category === '人民政府' || latest.name.endsWith('人民政府') ? 'government' : 'department';
      const found = checkMissing({ year: latest.year + 1, expected: [{ ref: latest.agencyId, name: latest.name, kind }], accepted: [], now });
      await this.findings.replace(latest.versionId, 'cross', RULESET_VERSION, found, MISSING_RULES);
      if (found.length > 0) overdue++;
    }
    return overdue;
  }
}

/** The stored version as the rules take it; its year and agency are the version's, not the document's guess. */
function refOf(v: StoredVersion): ReportRef {
  const report = v.report as CanonicalReport;
  return {
    ref: v.id,
    report: { ...report, year: v.year, agency: { name: v.agency.name } },
    provenance: v.provenance as Record<string, CellProvenance>,
  };
}
