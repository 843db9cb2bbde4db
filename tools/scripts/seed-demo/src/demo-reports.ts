import { ACTIVE_2021, APPLICANT_COLUMNS, APPLICANT_PARTS, APPLICATION_ROWS_2021, DISPUTE_GROUPS, DISPUTE_OUTCOMES, DISPUTE_PARTS, cellValue, setPath, type CanonicalReport } from '@nianbao/report';

/** How a demo report is sent: each format goes through its own parser path. */
export type DemoFormat = 'text' | 'gbk' | 'markdown' | 'html' | 'docx' | 'xlsx';

export interface DemoReport {
  report: CanonicalReport;
  format: DemoFormat;
  /** The rule ids the demo breaks on purpose, so that the review pages have something to show. */
  defects: string[];
  /** True for the 本级政府 report that sums the departments' (X.rollup). */
  aggregate: boolean;
}

export interface DemoAgency {
  name: string;
  category: string;
  /** Size of the agency relative to the seed (新乡市公安局 2023). */
  scale: number;
  format: DemoFormat;
}

/** GB/T 2260 codes of the demo's regions. */
export const DEMO_REGIONS = [
  { code: '410000', name: '河南省', level: 'province', parentCode: null },
  { code: '410700', name: '新乡市', level: 'city', parentCode: '410000' },
] as const;
export const DEMO_REGION = '410700';

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { name: '新乡市公安局', category: '公安', scale: 1, format: 'text' },
  { name: '新乡市教育局', category: '教育', scale: 0.4, format: 'html' },
  { name: '新乡市人力资源和社会保障局', category: '人力资源和社会保障', scale: 0.7, format: 'docx' },
  { name: '新乡市自然资源和规划局', category: '自然资源', scale: 1.6, format: 'xlsx' },
  { name: '新乡市生态环境局', category: '生态环境', scale: 0.3, format: 'markdown' },
  { name: '新乡市市场监督管理局', category: '市场监管', scale: 0.9, format: 'gbk' },
];
/** The seed document's agency and year: the demo files the seed's own figures and prose for it. */
export const SEED_AGENCY = '新乡市公安局';
export const SEED_YEAR = 2023;

/** The 本级政府 whose aggregated report sums the departments' tables 三 and 四. */
export const DEMO_GOVERNMENT = { name: '新乡市人民政府', category: '人民政府', format: 'docx' as DemoFormat };
export const DEMO_YEARS: readonly number[] = [2021, 2022, 2023];

/** The seed report's 自然人 column of the outcome rows (新乡市公安局 2023): the shape every demo report follows. */
const SEED_OUTCOMES: Record<string, number> = {
  granted: 25,
  partiallyGranted: 3,
  'withheld.thirdPartyRights': 1,
  'withheld.internalAffairs': 2,
  'withheld.processInfo': 1,
  'unavailable.notHeld': 18,
  'notProcessed.confirmation': 1,
  'otherHandling.other': 3,
};
const SEED_ACTIVE = { licensing: 2439825, penalty: 133895, coercion: 7815, fees: 9486.7475 };

/** Year-specific sentences, so that consecutive years are not the 内容雷同 that X.duplicateText flags. */
const OVERVIEW_FOCUS: Record<number, string> = {
  2021: '本年度重点推进新修订条例的贯彻落实，全面梳理主动公开目录，规范依申请公开办理流程，建立了答复文书统一审核制度。',
  2022: '本年度围绕优化营商环境开展政策解读，新增图解、视频等解读形式，并对历年规范性文件进行集中清理，及时公开清理结果。',
  2023: '本年度以政务公开标准化规范化建设为抓手，完善基层政务公开专区，推进办事服务信息与政策文件关联发布，提升查询便利度。',
};
const PROBLEMS: Record<number, string> = {
  2021: '一是主动公开的及时性有待提高；二是部分科室对条例理解不够深入。下一步将建立公开时限台账，并组织专题培训。',
  2022: '政策解读的针对性不强，部分解读材料与文件同步发布不够及时。今后将落实解读与文件同步起草、同步审签、同步发布。',
  2023: '依申请公开答复文书的规范性仍需加强，个别答复说理不够充分。下一步将修订答复文书范本，开展案例评查。',
};

/** A deterministic jitter in [−0.05, 0.05] per agency and year, so the charts are not straight lines. */
function jitter(name: string, year: number): number {
  let h = year;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) % 1000;
  return (h / 1000 - 0.5) / 10;
}


/** Table 三 that balances (T3.balance, T3.outcomeSum, T3.rowTotal) and carries over from last year. */
function applications(f: number, carriedOver: Record<string, number>, forwardNatural?: number): Table {
  const t: Table = {};
  const zeroRow = () => Object.fromEntries(APPLICANT_PARTS.map((c) => [c, 0])) as Record<string, number>;
  for (const row of APPLICATION_ROWS_2021) t[row.key] = zeroRow();
  for (const [row, n] of Object.entries(SEED_OUTCOMES)) {
    (t[row] as Record<string, number>)['naturalPerson'] = Math.round(n * f);
    if (row === 'granted' || row === 'unavailable.notHeld') (t[row] as Record<string, number>)['commercial'] = Math.round(n * f * 0.15);
  }
  for (const c of APPLICANT_PARTS) {
    const processed = APPLICATION_ROWS_2021.filter((r) => r.outcome).reduce((s, r) => s + (t[r.key]?.[c] ?? 0), 0);
    const over = carriedOver[c] ?? 0;
    let forward = c === 'naturalPerson' ? (forwardNatural ?? Math.round(3 * f)) : 0;
    let received = processed + forward - over;
    if (received < 0) {
      forward -= received;
      received = 0;
    }
    (t['totalProcessed'] as Record<string, number>)[c] = processed;
    (t['carriedOver'] as Record<string, number>)[c] = over;
    (t['carriedForward'] as Record<string, number>)[c] = forward;
    (t['newReceived'] as Record<string, number>)[c] = received;
  }
  for (const row of Object.values(t)) row['total'] = APPLICANT_PARTS.reduce((s, c) => s + (row[c] ?? 0), 0);
  return t;
}

function disputes(f: number, year: number): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const g of DISPUTE_GROUPS) {
    const row: Record<string, number> = { upheld: 0, corrected: 0, other: 0, pending: 0 };
    if (g.key === 'review') {
      row['upheld'] = Math.max(1, Math.round(2 * f));
      row['corrected'] = year === 2022 ? 1 : 0;
    }
    if (g.key === 'litigationDirect') row['upheld'] = Math.round(f);
    row['total'] = DISPUTE_PARTS.reduce((s, p) => s + (row[p] ?? 0), 0);
    out[g.key] = row;
  }
  return out;
}

type Table = Record<string, Record<string, number>>;

/** Tables 三 and 四 and table 二 of a report, as the demo's plain tables. */
function tablesOf(r: CanonicalReport): { applications: Table; disputes: Table; active: Record<string, number> } {
  const read = (key: string) => cellValue(r, key) ?? 0;
  const applications: Table = Object.fromEntries(
    APPLICATION_ROWS_2021.map((row) => [row.key, Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, read(`applications.${row.key}.${c.key}`)]))]),
  );
  const disputes: Table = Object.fromEntries(DISPUTE_GROUPS.map((g) => [g.key, Object.fromEntries(DISPUTE_OUTCOMES.map((o) => [o.key, read(`disputes.${g.key}.${o.key}`)]))]));
  const active = Object.fromEntries(ACTIVE_2021.map((d) => [d.key.replace(/^active\./, ''), read(d.key)]));
  return { applications, disputes, active };
}

function setAll(r: CanonicalReport, group: string, table: Table): void {
  for (const [row, cols] of Object.entries(table)) for (const [c, v] of Object.entries(cols)) setPath(r as unknown as Record<string, unknown>, `${group}.${row}.${c}`, v);
}

function addInto(sum: Table, table: Table): void {
  for (const [row, cols] of Object.entries(table)) {
    const target = (sum[row] ??= {});
    for (const [c, v] of Object.entries(cols)) target[c] = (target[c] ?? 0) + v;
  }
}

function prose(name: string, year: number): CanonicalReport['sections'] {
  return {
    overview: [`${year}年，${name}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续提升政府信息公开质量。`, OVERVIEW_FOCUS[year] ?? ''].join('\n'),
    problems: PROBLEMS[year] ?? '',
    other: '本机关无其他需要报告的事项。',
  };
}

const FULL_OUTLINE = { overview: true, active: true, applications: true, disputes: true, problems: true, other: true };

/**
 * Three years of reports for six departments and the 本级政府 report that sums them, consistent
 * within each report, across years and in the roll-up, except for defects on purpose:
 * 新乡市教育局 2022 miscounts 予以公开 (T3.outcomeSum, T3.rowTotal), 新乡市生态环境局 2023 does not
 * carry over its 2022 结转 (X.carryOver), and the government's sums, made from the departments'
 * correct figures, then differ from those two published reports (X.rollup in 2022 and 2023).
 * Given the seed report (parsed from the seed document), 新乡市公安局 2023 is the seed itself, and
 * its earlier years lead up to it (nothing carried forward into 2023, 4 normative documents in force).
 */
export function demoReports(seed?: CanonicalReport): DemoReport[] {
  const out: DemoReport[] = [];
  const sums = new Map<number, { applications: Table; disputes: Table; active: Record<string, number> }>();
  for (const agency of DEMO_AGENCIES) {
    let carried: Record<string, number> = { naturalPerson: Math.round(2 * agency.scale) };
    let inForce = Math.round(12 * agency.scale);
    for (const year of DEMO_YEARS) {
      const f = agency.scale * (0.8 + 0.1 * (year - 2021) + jitter(agency.name, year));
      const defects: string[] = [];
      const isSeed = seed !== undefined && agency.name === SEED_AGENCY;
      const seeded = isSeed && year === SEED_YEAR ? tablesOf(seed) : undefined;
      const correct = seeded?.applications ?? applications(f, carried, isSeed && year === SEED_YEAR - 1 ? 0 : undefined);
      let published = correct;
      if (agency.name === '新乡市生态环境局' && year === 2023) {
        published = applications(f, { ...carried, naturalPerson: (carried['naturalPerson'] ?? 0) + 2 });
        defects.push('X.carryOver');
      }
      if (agency.name === '新乡市教育局' && year === 2022) {
        published = structuredClone(correct);
        (published['granted'] as Record<string, number>)['naturalPerson'] = (correct['granted']?.['naturalPerson'] ?? 0) + 1;
        defects.push('T3.outcomeSum', 'T3.rowTotal');
      }
      const issued = isSeed ? 0 : Math.round(3 * f);
      const repealed = isSeed ? 0 : Math.round(f);
      inForce = isSeed ? 4 : inForce + issued - repealed;
      const active: Record<string, number> = seeded?.active ?? {
        'rules.issued': 0,
        'rules.repealed': 0,
        'rules.inForce': 0,
        'normativeDocs.issued': issued,
        'normativeDocs.repealed': repealed,
        'normativeDocs.inForce': inForce,
        licensing: Math.round(SEED_ACTIVE.licensing * f),
        penalty: Math.round(SEED_ACTIVE.penalty * f),
        coercion: Math.round(SEED_ACTIVE.coercion * f),
        fees: Number((SEED_ACTIVE.fees * f).toFixed(4)),
      };
      const t4 = seeded?.disputes ?? disputes(f, year);
      const r: CanonicalReport = seed && seeded ? structuredClone(seed) : { agency: { name: agency.name }, year, formatVersion: '2021', sections: prose(agency.name, year), outline: FULL_OUTLINE };
      if (!seeded) {
        for (const [k, v] of Object.entries(active)) setPath(r as unknown as Record<string, unknown>, `active.${k}`, v);
        setAll(r, 'applications', published);
        setAll(r, 'disputes', t4);
      }
      out.push({ report: r, format: agency.format, defects, aggregate: false });

      const sum = sums.get(year) ?? { applications: {}, disputes: {}, active: {} };
      addInto(sum.applications, correct);
      addInto(sum.disputes, t4);
      for (const [k, v] of Object.entries(active)) sum.active[k] = (sum.active[k] ?? 0) + v;
      sums.set(year, sum);
      carried = Object.fromEntries(APPLICANT_PARTS.map((c) => [c, published['carriedForward']?.[c] ?? 0]));
    }
  }
  for (const year of DEMO_YEARS) {
    const sum = sums.get(year);
    if (!sum) continue;
    const r: CanonicalReport = { agency: { name: DEMO_GOVERNMENT.name }, year, formatVersion: '2021', sections: prose(DEMO_GOVERNMENT.name, year), outline: FULL_OUTLINE };
    for (const [k, v] of Object.entries(sum.active)) setPath(r as unknown as Record<string, unknown>, `active.${k}`, k === 'fees' ? Number(v.toFixed(4)) : v);
    setAll(r, 'applications', sum.applications);
    setAll(r, 'disputes', sum.disputes);
    const defects = out.some((d) => d.report.year === year && d.defects.length > 0) ? ['X.rollup'] : [];
    out.push({ report: r, format: DEMO_GOVERNMENT.format, defects, aggregate: true });
  }
  return out;
}
