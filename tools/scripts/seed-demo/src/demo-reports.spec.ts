import { checkCarryOver, checkDuplicateText, checkInForce, checkRollup, validateReport } from '@nianbao/rules';
import { DEMO_AGENCIES, DEMO_GOVERNMENT, DEMO_YEARS, demoReports, type DemoReport } from './demo-reports';

const demos = demoReports();
const ref = (d: DemoReport, i = 0) => ({ ref: `${d.report.agency.name}-${d.report.year}-${i}`, report: d.report });

describe('demo reports', () => {
  it('covers every department and the government for every year', () => {
    expect(demos).toHaveLength((DEMO_AGENCIES.length + 1) * DEMO_YEARS.length);
    expect(demos.filter((d) => d.aggregate).map((d) => d.report.agency.name)).toEqual(DEMO_YEARS.map(() => DEMO_GOVERNMENT.name));
  });

  it.each(demos.map((d) => [`${d.report.agency.name} ${d.report.year}`, d] as const))('%s breaks exactly the single-report rules it means to', (_name, demo) => {
    const errors = validateReport({ report: demo.report }).filter((f) => f.severity === 'error');
    const meant = demo.defects.filter((d) => !d.startsWith('X.'));
    expect([...new Set(errors.map((f) => f.rule))].sort()).toEqual([...meant].sort());
  });

  it('is consistent across years except where a defect says otherwise', () => {
    for (const name of [...DEMO_AGENCIES.map((a) => a.name), DEMO_GOVERNMENT.name]) {
      const mine = demos.filter((d) => d.report.agency.name === name);
      for (let i = 1; i < mine.length; i++) {
        const cur = ref(mine[i]!);
        const prev = ref(mine[i - 1]!);
        const cross = [...checkCarryOver(cur, prev), ...checkInForce(cur, prev), ...checkDuplicateText(cur, prev)];
        expect([...new Set(cross.map((f) => f.rule))]).toEqual(mine[i]!.defects.filter((d) => d.startsWith('X.') && d !== 'X.rollup'));
      }
    }
  });

  it('the government sums its departments except in the years a department published a defect', () => {
    for (const year of DEMO_YEARS) {
      const aggregate = demos.find((d) => d.aggregate && d.report.year === year)!;
      const members = demos.filter((d) => !d.aggregate && d.report.year === year);
      const rollup = checkRollup({ aggregate: ref(aggregate), members: members.map((m, i) => ref(m, i)) });
      expect(rollup.length > 0).toBe(aggregate.defects.includes('X.rollup'));
    }
    expect(demos.filter((d) => d.aggregate && d.defects.includes('X.rollup')).map((d) => d.report.year)).toEqual([2022, 2023]);
  });
});
