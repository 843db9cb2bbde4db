import { APPLICATION_ROWS_2021, getPath } from '@nianbao/report';
import { recognizeReport, type Recognition } from './index';
import { tabTextToDocument } from './tab-text.test-helper';

type Ok = Extract<Recognition, { ok: true }>['result'];

const ROW_LABELS_2021: Record<string, string> = Object.fromEntries(APPLICATION_ROWS_2021.map((r) => [r.key, r.label]));

/** A synthetic 2021-layout report; `rows` overrides table 三 rows (label → 7 cells), `omit` drops rows. */
function report2021(opts: { title?: string; rows?: Record<string, string[]>; omit?: string[]; fees?: string; disputes?: string | null } = {}): string {
  const t3 = APPLICATION_ROWS_2021.filter((r) => !opts.omit?.includes(r.key)).map((r, i) => {
    const cells = opts.rows?.[r.key] ?? [String(i), '0', '0', '0', '0', '0', String(i)];
    return [r.group ?? '', ROW_LABELS_2021[r.key], ...cells].join('\t');
  });
  const disputes = opts.disputes === undefined ? ['1', '0', '0', '0', '1', ...Array(10).fill('0')].join('\t') : opts.disputes;
  return [
    `# ${opts.title ?? '某市某局2023年政府信息公开工作年度报告'}`,
    '## 一、总体情况',
    '本年度共收到申请 25 件。',
    '## 二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t1\t0\t5',
    '行政规范性文件\t2\t1\t9',
    '信息内容\t本年处理决定数量',
    '行政许可\t1,234',
    '行政处罚\t０',
    '行政强制\t/',
    '信息内容\t本年收费金额（单位：万元）',
    `行政事业性收费\t${opts.fees ?? '12.3400'}`,
    '## 三、收到和处理政府信息公开申请情况',
    '\t\t申请人情况',
    '\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
    ...t3,
    '## 四、政府信息公开行政复议、行政诉讼情况',
    '行政复议\t\t\t\t\t行政诉讼',
    '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    ...(disputes === null ? [] : [disputes]),
    '## 五、存在的主要问题及改进情况',
    '问题是宣传不够。',
    '## 六、其他需要报告的事项',
    '无。',
  ].join('\n');
}

function recognize(text: string): Ok {
  const r = recognizeReport(tabTextToDocument(text));
  if (!r.ok) throw new Error(`not recognised: ${r.reason}`);
  return r.result;
}

describe('recognizeReport', () => {
  it('reads the envelope, the sections and every cell of a 2021 report with provenance', () => {
    const { report, provenance, findings } = recognize(report2021());
    expect(report.agency.name).toBe('某市某局');
    expect(report.year).toBe(2023);
    expect(report.formatVersion).toBe('2021');
    expect(report.sections).toEqual({ overview: '本年度共收到申请 25 件。', problems: '问题是宣传不够。', other: '无。' });
    expect(report.outline).toEqual({ overview: true, active: true, applications: true, disputes: true, problems: true, other: true });
    expect(report.active).toEqual({
      rules: { issued: 1, repealed: 0, inForce: 5 },
      normativeDocs: { issued: 2, repealed: 1, inForce: 9 },
      licensing: 1234,
      penalty: 0,
      coercion: null,
      fees: 12.34,
    });
    expect(getPath(report, 'applications.withheld.stateSecret.naturalPerson')).toBe(4);
    expect(getPath(report, 'applications.carriedForward.total')).toBe(24);
    expect(getPath(report, 'applications.otherHandling.other.naturalPerson')).toBe(22);
    expect(report.disputes).toMatchObject({ review: { upheld: 1, total: 1 }, litigationAfterReview: { total: 0 } });
    expect(provenance['active.licensing']).toEqual({ kind: 'number', raw: '1,234', source: { type: 'line', line: 9 } });
    expect(provenance['active.penalty']?.kind).toBe('zero');
    expect(provenance['active.coercion']).toMatchObject({ kind: 'na', raw: '/' });
    expect(Object.keys(provenance)).toHaveLength(10 + 175 + 15);
    expect(findings).toEqual([]);
  });

  it('names every cell of a missing row and of a missing table, never reading them as 0', () => {
    const { report, findings } = recognize(report2021({ omit: ['carriedOver'], disputes: null }));
    expect(getPath(report, 'applications.carriedOver.total')).toBeNull();
    const row = findings.find((f) => f.rule === 'PARSE.missingRow');
    expect(row?.cells).toEqual(expect.arrayContaining(['applications.carriedOver.naturalPerson', 'applications.carriedOver.total']));
    expect(row?.cells).toHaveLength(7);
    const table = findings.find((f) => f.rule === 'PARSE.missingTable');
    expect(table?.cells).toHaveLength(15);
    expect(table?.severity).toBe('error');
  });

  it('keeps a word in a count cell as text with a finding on that cell, and converts 元 in the fees cell', () => {
    const rows = { granted: ['若干', '0', '0', '0', '0', '0', '5'] };
    const { report, provenance, findings } = recognize(report2021({ rows, fees: '251000元' }));
    expect(getPath(report, 'applications.granted.naturalPerson')).toBeNull();
    expect(provenance['applications.granted.naturalPerson']).toMatchObject({ kind: 'text', raw: '若干' });
    expect(findings.find((f) => f.cells.includes('applications.granted.naturalPerson'))?.rule).toBe('PARSE.cellText');
    expect(report.active?.['fees']).toBe(25.1);
    expect(findings.find((f) => f.cells.includes('active.fees'))).toMatchObject({ rule: 'PARSE.unitConverted', severity: 'warning' });
  });

  it('reads a cell the container marked as lost as blank, with the container\'s reason on that cell', () => {
    const doc = tabTextToDocument(report2021());
    const table = doc.blocks.find((b) => b.type === 'table' && b.grid.some((r) => r[0]?.text === '规章'));
    const rulesRow = table?.type === 'table' ? table.grid.find((r) => r[0]?.text === '规章') : undefined;
    if (!rulesRow?.[2]) throw new Error('fixture row not found');
    rulesRow[2] = { ...rulesRow[2], text: '', missing: '原文缺失此单元格' };
    const r = recognizeReport(doc);
    if (!r.ok) throw new Error(r.reason);
    expect(r.result.report.active?.['rules']).toEqual({ issued: 1, repealed: null, inForce: 5 });
    expect(r.result.provenance['active.rules.repealed']?.kind).toBe('blank');
    expect(r.result.findings).toContainEqual(expect.objectContaining({ rule: 'PARSE.missingCell', cells: ['active.rules.repealed'], message: '原文缺失此单元格' }));
  });

  it('skips header rows in the body (a repeated header ending in 总计); 3.其他 without its group label follows （六）2', () => {
    const lines = report2021().replace('（六）其他处理\t3.其他', '\t3.其他').split('\n');
    const at = lines.findIndex((l) => l.includes('2.申请人逾期未按收费通知'));
    lines.splice(at, 0, '项目\t本年新收件数\t上年结转件数\t予以公开\t部分公开\t不予公开\t结转下年度\t总计');
    const { report, findings } = recognize(lines.join('\n'));
    expect(findings).toEqual([]);
    expect(getPath(report, 'applications.totalProcessed.total')).toBe(23);
    expect(getPath(report, 'applications.otherHandling.other.naturalPerson')).toBe(22);
  });

  it('keeps the first of a repeated row and says so once per cell', () => {
    const row = '一、本年新收政府信息公开申请数量\t\t9\t9\t9\t9\t9\t9\t54';
    const text = report2021().replace(/^(\t一、本年新收.*)$/m, `$1\n${Array(50).fill(row).join('\n')}`);
    const { report, findings } = recognize(text);
    expect(getPath(report, 'applications.newReceived.naturalPerson')).toBe(0);
    expect(findings.filter((f) => f.rule === 'PARSE.duplicateCell')).toHaveLength(7);
  });

  it('reports a row with fewer value cells than columns instead of guessing which is missing', () => {
    const { report, findings } = recognize(report2021({ rows: { granted: ['5', '0', '5'] } }));
    expect(getPath(report, 'applications.granted.total')).toBeNull();
    expect(findings.find((f) => f.rule === 'PARSE.shortRow')?.cells).toHaveLength(7);
  });

  it('reads title variants: year in Chinese numerals, 年度, no 工作, year first', () => {
    expect(recognize(report2021({ title: '某县人民政府二〇二三年政府信息公开年度报告' }))).toMatchObject({ report: { agency: { name: '某县人民政府' }, year: 2023 } });
    expect(recognize(report2021({ title: '某区2021年度政府信息公开工作年度报告' })).report.year).toBe(2021);
    expect(recognize(report2021({ title: '2019年某市人民政府办公厅政府信息公开工作年度报告' })).report.agency.name).toBe('某市人民政府办公厅');
  });

  it('reads Traditional-character labels and full-width digits', () => {
    const text = report2021()
      .replace('本年新收政府信息公开申请数量', '本年新收政府資訊公開申請數量')
      .replace('结转下年度继续办理', '結轉下年度繼續辦理');
    const { report } = recognize(text.replace(/\t0\t0\t0\t0\t0\t0$/m, '\t０\t0\t0\t0\t0\t0'));
    expect(getPath(report, 'applications.newReceived.total')).toBe(0);
    expect(getPath(report, 'applications.carriedForward.naturalPerson')).toBe(24);
  });

  it('recognises the 2019 layout from the table 二 header and reads 2019 keys', () => {
    const table2019 = [
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t1\t0\t5',
      '规范性文件\t2\t2\t9',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t10\t-2\t7',
      '其他对外管理服务事项\t3\t0\t4',
      '行政处罚\t5\t1\t6',
      '行政强制\t0\t0\t0',
      '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t2\t-1',
      '信息内容\t采购项目数量\t采购总金额',
      '政府集中采购\t6\t251000元',
    ];
    const lines = report2021().split('\n');
    const from = lines.indexOf('信息内容\t本年制发件数\t本年废止件数\t现行有效件数');
    lines.splice(from, 9, ...table2019);
    const { report, findings } = recognize(lines.join('\n').replace('（六）其他处理\t3.其他', '（六）其他处理'));
    expect(report.formatVersion).toBe('2019');
    expect(report.active2019).toEqual({
      rules: { newMade: 1, newPublished: 0, totalPublished: 5 },
      normativeDocs: { newMade: 2, newPublished: 2, totalPublished: 9 },
      licensing: { prevItems: 10, change: -2, decisions: 7 },
      otherServices: { prevItems: 3, change: 0, decisions: 4 },
      penalty: { prevItems: 5, change: 1, decisions: 6 },
      coercion: { prevItems: 0, change: 0, decisions: 0 },
      fees: { prevItems: 2, change: -1 },
      procurement: { projects: 6, amount: 25.1 },
    });
    expect(report.active).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.message])).toEqual([['PARSE.unitConverted', expect.any(String)]]);
  });

  it('keeps a pre-2019 report as prose with formatVersion pre2019', () => {
    const { report, findings } = recognize('某市2017年政府信息公开工作年度报告\n一、概述\n全年受理申请 10 件，同意公开 8 件。\n五、存在的主要问题及改进措施\n宣传不足。');
    expect(report.formatVersion).toBe('pre2019');
    expect(report.year).toBe(2017);
    expect(report.sections.overview).toBe('全年受理申请 10 件，同意公开 8 件。');
    expect(report.applications).toBeUndefined();
    expect(findings).toEqual([]);
  });

  it('refuses a document with neither a report title nor a recognisable table, in one line', () => {
    const r = recognizeReport(tabTextToDocument('会议通知\n请于下周一参加会议。'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toContain('\n');
  });

  it('refuses a notice that only names a report in its title', () => {
    const r = recognizeReport(tabTextToDocument('关于报送2023年政府信息公开工作年度报告的通知\n各单位：请于1月31日前报送。'));
    expect(r.ok).toBe(false);
  });

  it('reports a missing title as findings when the tables are there', () => {
    const { report, findings } = recognize(report2021().split('\n').slice(1).join('\n'));
    expect(report.year).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['PARSE.year', 'PARSE.agency']));
  });

  it('reads a table row that reached it as a line of text (a PDF page break took its top border)', () => {
    const text = report2021()
      .split('\n')
      .map((line) => (line.includes('行政查询事项') ? line.split('\t').slice(1).join(' ') : line))
      .join('\n');
    expect(text).toContain('8.属于行政查询事项 11 0 0 0 0 0 11');
    const { report, findings } = recognize(text);
    expect(getPath(report, 'applications.withheld.administrativeQuery')).toEqual({
      naturalPerson: 11, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 11,
    });
    expect(findings).toEqual([]);
  });

  it('keeps a line of prose with a figure or two inside a table section as prose', () => {
    const text = report2021().replace('## 四、', '本年新收申请较上年增加 12 件\n## 四、');
    const { report, findings } = recognize(text);
    expect(getPath(report, 'applications.newReceived.naturalPerson')).toBe(0);
    expect(findings).toEqual([]);
  });
});
