import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '@nianbao/parsers';
import { cellValue, type CanonicalReport } from '@nianbao/report';
import { checkCarryOver, checkDuplicateText, checkInForce, checkRollup, validateReport } from '@nianbao/rules';
import { DEMO_AGENCIES, DEMO_GOVERNMENT, DEMO_YEARS, SEED_AGENCY, SEED_YEAR, demoReports, type DemoReport } from './demo-reports';

const SEED_DOCUMENT = path.join(__dirname, '..', '..', '..', 'testing', 'documents', 'xinxiang-police-2023.txt');
let seed: CanonicalReport;
let demos: DemoReport[] = demoReports();
beforeAll(async () => {
  const parsed = await parseDocument(readFileSync(SEED_DOCUMENT));
  if (!parsed.ok) throw new Error(parsed.reason);
  seed = parsed.result.report;
  demos = demoReports(seed);
});
const ref = (d: DemoReport, i = 0) => ({ ref: `${d.report.agency.name}-${d.report.year}-${i}`, report: d.report });

describe('demo reports', () => {
  it('covers every department and the government for every year', () => {
    expect(demos).toHaveLength((DEMO_AGENCIES.length + 1) * DEMO_YEARS.length);
    expect(demos.filter((d) => d.aggregate).map((d) => d.report.agency.name)).toEqual(DEMO_YEARS.map(() => DEMO_GOVERNMENT.name));
  });

  it('files the seed report itself for the seed agency and year', () => {
    const filed = demos.find((d) => d.report.agency.name === SEED_AGENCY && d.report.year === SEED_YEAR)!;
    expect(filed.report).toEqual(seed);
    expect(cellValue(filed.report, 'active.licensing')).toBe(2439825);
  });

  it('every report breaks exactly the single-report rules it means to', () => {
    for (const demo of demos) {
      const errors = validateReport({ report: demo.report }).filter((f) => f.severity === 'error');
      const meant = demo.defects.filter((d) => !d.startsWith('X.'));
      expect([`${demo.report.agency.name} ${demo.report.year}`, [...new Set(errors.map((f) => f.rule))].sort()]).toEqual([`${demo.report.agency.name} ${demo.report.year}`, [...meant].sort()]);
    }
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
