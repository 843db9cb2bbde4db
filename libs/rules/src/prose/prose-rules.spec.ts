import type { Finding } from '@nianbao/report';
import { validateReport } from '../validate-report';
import { buildReport, type ReportSpec } from '../testing/build-report';

const now = new Date('2026-06-01');
const run = (spec: ReportSpec, rule: string): Finding[] => validateReport({ report: buildReport(spec), now }).filter((f) => f.rule === rule);

describe('TXT.narrative', () => {
  it('passes the seed prose that agrees with its table', () => {
    expect(run({}, 'TXT.narrative')).toEqual([]);
  });

  it('names the section and the cells of a figure the table contradicts', () => {
    const fs = run({ sections: { overview: '2023年，我局共接到依申请公开 57 件。年内共办结 50 件，结转下年度继续办理 3 件。' } }, 'TXT.narrative');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', outcome: 'fail', expected: 54, actual: 50, cells: ['sections.overview', 'applications.totalProcessed.total'] });
    expect(fs[0]?.message).toBe('一、总体情况：“年内共办结50件”所述 50 件，而表三 总计 · 办理结果总计为 54');
  });

  it('accepts a 受理 figure equal to 新收 + 上年结转, and says so when it is neither', () => {
    const rows = { newReceived: [705, 3, 0, 0, 5, 0], carriedOver: [36, 0, 0, 0, 0, 0], granted: [710, 3, 0, 0, 5, 0], totalProcessed: [710, 3, 0, 0, 5, 0], carriedForward: [31, 0, 0, 0, 0, 0] };
    const zero = [0, 0, 0, 0, 0, 0];
    const quiet = { 'withheld.thirdPartyRights': zero, 'withheld.internalAffairs': zero, 'withheld.processInfo': zero, 'unavailable.notHeld': zero, 'notProcessed.confirmation': zero, 'otherHandling.other': zero, partiallyGranted: zero };
    const ok = '全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。';
    expect(run({ rows: { ...rows, ...quiet }, sections: { overview: ok } }, 'TXT.narrative')).toEqual([]);
    const fs = run({ rows: { ...rows, ...quiet }, sections: { overview: '全县全年共受理政府信息公开申请 750 件。' } }, 'TXT.narrative');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toContain('为 713（加上年结转 36 为 749）');
    expect(fs[0]?.cells).toEqual(['sections.overview', 'applications.newReceived.total', 'applications.carriedOver.total']);
  });

  it('checks group figures against every row of the group, and the percentage against the total', () => {
    // Seed table: 不予公开 1 + 2 + 1 = 4, 办理结果总计 54.
    expect(run({ sections: { overview: '不予公开4件，占7.41%。' } }, 'TXT.narrative')).toEqual([]);
    const wrongCount = run({ sections: { overview: '不予公开5件，占7.41%。' } }, 'TXT.narrative');
    expect(wrongCount).toHaveLength(1);
    expect(wrongCount[0]?.cells).toEqual(['sections.overview', ...['stateSecret', 'lawForbidden', 'endangersSafety', 'thirdPartyRights', 'internalAffairs', 'processInfo', 'enforcementFile', 'administrativeQuery'].map((r) => `applications.withheld.${r}.total`)]);
    const wrongShare = run({ sections: { overview: '不予公开4件，占9.26%。' } }, 'TXT.narrative');
    expect(wrongShare).toHaveLength(1);
    expect(wrongShare[0]).toMatchObject({ expected: '7.41%', actual: '9.26%' });
  });

  it('reads a blank 总计 as the sum of the row, as 上海 2019 leaves that column empty', () => {
    const fs = run({ rows: { granted: [25, 0, 0, 0, 0, 0, null] }, sections: { overview: '予以公开25件。' } }, 'TXT.narrative');
    expect(fs).toEqual([]);
  });

  it('flags "所有申请均已按要求办理完成" when the table carries requests forward', () => {
    const fs = run({ sections: { overview: '全年收到政府信息公开申请 57 件，所有申请均已按要求办理完成。' } }, 'TXT.narrative');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ expected: 3, actual: 0, cells: ['sections.overview', 'applications.carriedForward.total'] });
  });

  it('checks table 二 counts of the 2021 layout, naming the cell', () => {
    const active = { 'active.normativeDocs.inForce': 470 };
    expect(run({ active, sections: { overview: '集中发布现行有效行政规范性文件470件。' } }, 'TXT.narrative')).toEqual([]);
    const fs = run({ active, sections: { overview: '清理并集中发布现行有效行政规范性文件393件。' } }, 'TXT.narrative');
    expect(fs[0]).toMatchObject({ expected: 470, actual: 393, cells: ['sections.overview', 'active.normativeDocs.inForce'] });
    expect(fs[0]?.message).toContain('表二 第二十条第（一）项 · 行政规范性文件 · 现行有效件数为 470');
    expect(run({ format: '2019', sections: { overview: '已宣布废止规范性文件5件。' } }, 'TXT.narrative')).toEqual([]);
  });

  it('checks 行政复议 and 诉讼 figures against table 四', () => {
    expect(run({ sections: { overview: '信息公开类行政复议1件，诉讼0件。' } }, 'TXT.narrative')).toEqual([]);
    const fs = run({ sections: { overview: '信息公开类行政复议2件，诉讼0件。' } }, 'TXT.narrative');
    expect(fs[0]).toMatchObject({ expected: 1, actual: 2, cells: ['sections.overview', 'disputes.review.total'] });
  });
});

describe('TXT.partsSum', () => {
  it('passes parts that add up (新乡 2023) and stops at the total (平潭 2023)', () => {
    expect(run({ sections: { overview: '2023 年，市公安局共发布各类政府信息 2098 条，其中通过“新乡公安网”互联网门户网站发布各类信息 636 条，通过“新乡警方在线”官方微博发布信息 580 条，通过“新乡警方”微信公众号发布信息 882 条。' } }, 'TXT.partsSum')).toEqual([]);
    expect(run({ sections: { overview: '年度涌现爆款内容52条，其中1条播放量破亿、2条破千万、49条破百万。' } }, 'TXT.partsSum')).toEqual([]);
  });

  it('leaves out the breakdown of a part (平潭 2019 财政资金信息)', () => {
    const text = '今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条。';
    expect(run({ sections: { overview: text } }, 'TXT.partsSum')).toEqual([]);
  });

  it('flags a split that does not add up (平潭 2020: 2603 vs 2602)', () => {
    const text = '全年我区政府信息公开单位共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条，规划计划类信息21条，行政许可类信息40条，重大建设项目信息390条，为民办实事类信息69条，民政扶贫救灾社会保障就业类信息143条，国土资源城乡建设环保能源类信息208条，科教文体卫生类信息246条，安全生产、应急管理类信息271条，其他应主动公开政府信息1053条)，对于主动公开的政府信息，主要通过政府门户网站等媒介进行公开。';
    const fs = run({ sections: { overview: text } }, 'TXT.partsSum');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', expected: 2602, actual: 2603, cells: ['sections.overview'] });
  });

  it('does not sum examples: 其中包括, or a list with items that carry no figure (上海市科委 2024)', () => {
    const text = '截至 2024 年 12 月 31 日，市科委通过部门网站当年发布政府信息 393 件，其中包括：行政规范性文件 13 件；规划计划文件 2 件；2024 年度部门预算、2023 年度部门决算信息；主合办人大代表建议 50 件，主合办政协提案 85 件的办理复文。';
    expect(run({ sections: { overview: text } }, 'TXT.partsSum')).toEqual([]);
    expect(run({ sections: { overview: '共发布信息 100 条，其中动态 40 条，政务公开栏目更新，解读 30 条。' } }, 'TXT.partsSum')).toEqual([]);
  });
});

describe('TXT.feeStatement', () => {
  it('flags "无收取信息处理费" against requests dropped for an unpaid fee notice (平潭 2025)', () => {
    const fs = run({ rows: { 'otherHandling.overdueFee': [2, 0, 0, 0, 0, 0], 'otherHandling.other': [1, 0, 0, 0, 0, 0] }, sections: { other: '2025年，无收取信息处理费情况。' } }, 'TXT.feeStatement');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', actual: 2, cells: ['sections.other', 'applications.otherHandling.overdueFee.total'] });
  });

  it('compares a statement about every fee with table 二, one about 信息处理费 only with table 三', () => {
    const active = { 'active.fees': 9486.7475 };
    expect(run({ active, sections: { other: '2023年度政务公开申请未向申请人收取任何费用。' } }, 'TXT.feeStatement')).toEqual([]);
    expect(run({ active, sections: { other: '本机关本年度未收取任何费用。' } }, 'TXT.feeStatement')[0]).toMatchObject({ cells: ['sections.other', 'active.fees'], actual: 9486.7475 });
  });

  it('says nothing when the prose makes no definite statement, or reports a fee collected', () => {
    const rows = { 'otherHandling.overdueFee': [1, 0, 0, 0, 0, 0], 'otherHandling.other': [2, 0, 0, 0, 0, 0] };
    expect(run({ rows, sections: { other: '无。' } }, 'TXT.feeStatement')).toEqual([]);
    expect(run({ rows, sections: { other: '全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元。' } }, 'TXT.feeStatement')).toEqual([]);
  });
});
