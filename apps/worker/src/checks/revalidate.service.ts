import { Injectable, Logger } from '@nestjs/common';
import { FindingRepository, JobRunRepository, ReportRepository } from '@nianbao/db';
import type { CanonicalReport, CellProvenance } from '@nianbao/report';
import { RULESET_VERSION, validateReport } from '@nianbao/rules';

const PAGE = 200;

/** Re-runs the single-report rules on every current report version, its progress in a job run. */
@Injectable()
export class RevalidateService {
  private readonly logger = new Logger(RevalidateService.name);

  constructor(
    private readonly reports: ReportRepository,
    private readonly findings: FindingRepository,
    private readonly runs: JobRunRepository,
  ) {}

  async revalidateAll(runId: string): Promise<number> {
    const total = await this.reports.countCurrent();
    await this.runs.progress(runId, 0, total);
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const page = await this.reports.currentPage(after, PAGE);
      if (page.length === 0) break;
      for (const v of page) {
        const report = v.report as unknown as CanonicalReport;
        const provenance = v.provenance as unknown as Record<string, CellProvenance>;
        await this.findings.replace(v.id, 'report', RULESET_VERSION, validateReport({ report, provenance }));
      }
      done += page.length;
      after = page[page.length - 1]?.id ?? null;
      await this.runs.progress(runId, done);
    }
    this.logger.log(`re-validated ${done} report version(s) with ruleset ${RULESET_VERSION}`);
    return done;
  }
}
