import { checkCarryOver, checkDuplicateText, checkInForce, validateReport } from '@nianbao/rules';
import { DEMO_AGENCIES, DEMO_YEARS, demoReports } from './demo-reports';

const demos = demoReports();

describe('demo reports', () => {
  it('covers every agency and year', () => {
    expect(demos).toHaveLength(DEMO_AGENCIES.length * DEMO_YEARS.length);
  });

  it.each(demos.map((d) => [`${d.report.agency.name} ${d.report.year}`, d] as const))('%s breaks exactly the single-report rules it means to', (_name, demo) => {
    const errors = validateReport({ report: demo.report }).filter((f) => f.severity === 'error');
    const meant = demo.defects.filter((d) => !d.startsWith('X.'));
    expect([...new Set(errors.map((f) => f.rule))].sort()).toEqual([...meant].sort());
  });

  it('is consistent across years except where a defect says otherwise', () => {
    for (const agency of DEMO_AGENCIES) {
      const mine = demos.filter((d) => d.report.agency.name === agency.name);
      for (let i = 1; i < mine.length; i++) {
        const cur = { ref: 'cur', report: mine[i]!.report };
        const prev = { ref: 'prev', report: mine[i - 1]!.report };
        const cross = [...checkCarryOver(cur, prev), ...checkInForce(cur, prev), ...checkDuplicateText(cur, prev)];
        expect([...new Set(cross.map((f) => f.rule))]).toEqual(mine[i]!.defects.filter((d) => d.startsWith('X.')));
      }
    }
  });
});
