import type { Finding } from '@nianbao/report';
import { buildReport, type ReportSpec } from '../testing/build-report';
import { validateReport } from '../validate-report';

/**
 * Prose written the way agencies write 总体情况 and 依申请公开 paragraphs, against one table, each
 * paragraph with the prose findings it calls for: none for a paragraph that agrees with the table
 * (a false alarm costs a reviewer more than a miss), exactly its contradictions otherwise.
 *
 * The table (2024, 2021 layout), columns 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他:
 *   本年新收 120 2 … = 141 (法人或其他组织 21); 上年结转 6 1 = 7; 予以公开 58; 部分公开 12;
 *   不予公开 7 (国家秘密 1, 第三方 3, 过程性 3); 无法提供 42 (不掌握 36, 另行制作 4, 不明确 2);
 *   不予处理 8 (信访 5, 重复 3); 其他处理 7; 办理结果总计 134; 结转下年度 14;
 *   表四 行政复议 2 + 1 + 0 + 1 = 4, 直接起诉 1 + 0 + 0 + 0 = 1.
 */
const TABLE: ReportSpec = {
  year: 2024,
  agency: '某市自然资源和规划局',
  rows: {
    newReceived: [120, 15, 2, 1, 3, 0],
    carriedOver: [6, 1, 0, 0, 0, 0],
    granted: [50, 6, 1, 0, 1, 0],
    partiallyGranted: [10, 2, 0, 0, 0, 0],
    'withheld.stateSecret': [1, 0, 0, 0, 0, 0],
    'withheld.thirdPartyRights': [2, 1, 0, 0, 0, 0],
    'withheld.internalAffairs': [0, 0, 0, 0, 0, 0],
    'withheld.processInfo': [3, 0, 0, 0, 0, 0],
    'unavailable.notHeld': [30, 3, 1, 1, 1, 0],
    'unavailable.needsCreation': [4, 0, 0, 0, 0, 0],
    'unavailable.unclearAfterCorrection': [2, 0, 0, 0, 0, 0],
    'notProcessed.petition': [5, 0, 0, 0, 0, 0],
    'notProcessed.duplicate': [3, 0, 0, 0, 0, 0],
    'notProcessed.confirmation': [0, 0, 0, 0, 0, 0],
    'otherHandling.other': [6, 1, 0, 0, 0, 0],
    totalProcessed: [116, 13, 2, 1, 2, 0],
    carriedForward: [10, 3, 0, 0, 1, 0],
  },
  disputes: { review: [2, 1, 0, 1], litigationDirect: [1, 0, 0, 0] },
  active: { 'active.normativeDocs.inForce': 120, 'active.normativeDocs.issued': 8, 'active.normativeDocs.repealed': 2 },
};

const now = new Date('2026-06-01');
function proseFindings(overview: string, spec: ReportSpec = TABLE): Finding[] {
  return validateReport({ report: buildReport({ ...spec, sections: { overview } }), now }).filter((f) => f.rule.startsWith('TXT.'));
}
const named = (fs: Finding[]): string[] => fs.map((f) => `${f.rule}:${f.actual}`).sort();

it('the table itself is consistent, so every prose finding below comes from the prose', () => {
  expect(validateReport({ report: buildReport(TABLE), now }).filter((f) => f.severity === 'error')).toEqual([]);
});

const AGREEING: string[] = [
  '2024年，本机关共收到政府信息公开申请141件，其中自然人120件、法人或其他组织21件；上年结转7件。办结134件，其中予以公开58件，部分公开12件，不予公开7件，无法提供42件，不予处理8件，其他处理7件，结转下年度14件。',
  '全年共新收政府信息公开申请141件，加上上年结转的7件，共计需办理148件。',
  '在已办结的申请中，予以公开58件，占比43.28%；部分公开12件，占比8.96%；无法提供42件，占31.34%。',
  '予以公开和部分公开的共70件，占办结总数的52.24%。',
  '本年度共受理政府信息公开申请141件，较上年的98件增长43.9%，主要集中在征地补偿、规划许可等方面。',
  '2024年共收到申请141件，同比增长43.9%，其中自然人申请120件，占85.1%。',
  '2023年结转的7件申请已在法定期限内全部办结。',
  '截至2024年12月31日，上述申请已办结134件，另有14件因需征求第三方意见等原因结转至2025年继续办理。',
  '不予公开7件，其中属于国家秘密1件，保护第三方合法权益3件，属于四类过程性信息3件。',
  '本机关不掌握相关政府信息的36件，均已告知申请人不掌握的理由并尽可能提供了有关行政机关的联系方式。',
  '因申请内容涉及国家秘密不予公开1件，因没有现成信息需要另行制作无法提供4件。',
  '对信访举报投诉类申请5件、重复申请3件依法作不予处理。',
  '全年发生政府信息公开行政复议案件4件，其中维持原行政行为2件，纠正1件，尚未审结1件；行政诉讼案件1件，结果为维持。',
  '本年度因政府信息公开被申请行政复议4件、提起行政诉讼1件，共计5件。',
  '与2023年相比，行政复议案件减少2件，行政诉讼案件持平。',
  '本年度清理后现行有效行政规范性文件120件，新制发8件，废止2件。',
  '2024年度未收取任何费用。',
  '全年共接听群众来电咨询320次，受理网上留言58件，办结率100%。',
  '（一）收到和处理政府信息公开申请情况。2024年，我局共收到政府信息公开申请141件（其中，当面申请12件，网络申请98件，信函申请31件），上年度结转7件。',
  '按申请人类型分，自然人申请120件，占85.11%；法人或其他组织申请21件，占14.89%。',
  '从办理结果看，予以公开58件，部分公开12件，不予公开7件，占5.22%，无法提供42件，不予处理8件，其他处理7件。',
  '部分公开12件（占8.96%），无法提供42件（占31.34%）。',
  '全年共办理政府信息公开申请141件，同比增长43.88%。',
  '全年共收到政府信息公开申请141件，比2023年的98件增加43件。',
  '全年共受理12345热线工单2356件，按时办结率100%。',
  '依申请公开按时办结率100%，未发生超期答复情况。',
  '涉及行政复议、行政诉讼的共5件，均依法积极应诉。',
  '《条例》修订实施以来，累计收到政府信息公开申请356件。',
  '近三年来，我局累计办结政府信息公开申请412件。',
  '上年度结转的7件申请均已办结。',
  '本年度新收政府信息公开申请141件，上年结转7件，办结134件，结转下年度14件，办结率90.5%。',
  '因政府信息公开工作被申请行政复议4件，其中维持2件、纠正1件、尚未审结1件；被提起行政诉讼1件，维持1件。',
  '本年度发生行政复议4件，其中复议维持2件，复议纠错1件，行政复议尚未审结1件。',
  '行政诉讼1件，法院判决驳回原告诉讼请求1件。',
  '全年因政府信息公开被申请行政复议4件，经复议机关审结3件。',
  '自然人申请中，予以公开50件，部分公开10件。',
  '本机关收到的141件申请中，予以公开58件。',
  '因涉及第三方合法权益不予公开的3件，均已征求第三方意见。',
  '对需要延期答复的申请依法延期答复3件，超期答复0件。',
  '依申请公开答复134件，其中当面答复12件，网上答复98件，邮寄答复24件。',
  '申请人撤回申请3件，其他处理7件（主要为申请人撤回申请）。',
  '共收到申请141件，涉及土地征收类68件，规划类35件，不动产类38件。',
  '上年结转申请7件，本年新收141件，合计148件。',
  '全年主动公开政府信息3256条，其中政策文件156条、政策解读48条。',
  '通过门户网站发布信息2680条，其中，工作动态1520条，通知公告630条，政策文件530条。',
  '全年共需办理申请148件，其中办结134件，结转下年度14件。',
  '予以公开58件，占全部申请总数的41.13%。',
  '收到政府信息公开类行政复议申请5件，依法受理4件，不予受理1件。',
  '全年召开常务会议24次，审议议题156件，办理人大代表建议35件、政协提案42件，办结率100%。',
  '全年受理依申请公开141件，均在法定期限内答复。',
  '依法不予以公开7件，不予以处理8件。',
  '截至年底，已办结政府信息公开申请134件，尚有14件申请正在办理中。',
  '全年已办结申请134件，未办结14件。',
  '对现行有效的规章和规范性文件进行全面清理，现行有效的规章和规范性文件共125件。',
  '清理规范性文件128件，其中保留120件，修改6件，废止2件。',
  '予以公开70件（含部分公开12件），不予公开7件。',
  '从各部门看，县住房和城乡建设局收到申请45件，县人力资源和社会保障局办结30件。',
  '本局共收到政府信息公开申请141件。',
  '市自然资源和规划局全年共受理政府信息公开申请141件。',
  '自然资源和规划局共收到政府信息公开申请141件。',
  '予以公开58件，其中自然人50件，占86.2%。',
  '不予公开7件，其中属于国家秘密1件，占14.3%。',
  '2024年，本机关共收到政府信息公开申请141件，其中网上申请110件、信函申请31件；全部依法答复，其中予以公开58件，部分公开12件。',
  '2024年第一季度收到申请35件，第二季度32件，第三季度40件，第四季度34件。',
  '1至6月共收到政府信息公开申请70件。',
  '上述141件申请中，已答复134件，其余14件将在法定期限内答复。',
  '截至2024年12月31日，共收到政府信息公开申请141件。',
];

describe.each(AGREEING.map((t) => [t]))('agreeing: %s', (text) => {
  it('gives no prose finding', () => {
    expect(named(proseFindings(text))).toEqual([]);
  });
});

const CONTRADICTING: [string, string[]][] = [
  ['本年度共收到政府信息公开申请145件，均已按规定答复。', ['TXT.narrative:145']],
  ['2024年，本机关共收到政府信息公开申请141件，其中自然人125件、法人或其他组织16件。', ['TXT.narrative:125', 'TXT.narrative:16']],
  ['办结134件，其中予以公开60件，部分公开12件，不予公开7件，无法提供42件，不予处理8件，其他处理7件。', ['TXT.narrative:60', 'TXT.partsSum:136']],
  ['全年共办结134件，结转下年度继续办理12件。', ['TXT.narrative:12']],
  ['予以公开58件，占比45.5%。', ['TXT.narrative:45.5%']],
  ['予以公开和部分公开的共75件，占办结总数的52.24%。', ['TXT.narrative:75']],
  ['全年发生政府信息公开行政复议案件3件，行政诉讼案件1件。', ['TXT.narrative:3']],
  ['本年度未发生政府信息公开行政诉讼案件，行政复议4件。', []],
  ['本年度因政府信息公开引发行政诉讼2件。', ['TXT.narrative:2']],
  ['本年度收到申请141件，较上年增长20%，上年同期为118件，办结130件。', ['TXT.narrative:130']],
  ['全年收到政府信息公开申请141件，所有申请均已按时办结。', ['TXT.narrative:0']],
  ['本年度共收到申请148件，其中新收141件，上年结转8件。', ['TXT.narrative:8', 'TXT.partsSum:149']],
  // Each reason agrees with its row. TXT.partsSum stops where the parts reach the stated total (36 + 4 = 40), as
  // "其中自然人120件、法人21件，上年结转7件" must not count 7 as a part, so the 2 beyond it is not summed.
  ['无法提供40件，其中本机关不掌握相关政府信息36件，没有现成信息需要另行制作4件，补正后申请内容仍不明确2件。', ['TXT.narrative:40']],
  ['因申请内容涉及国家秘密不予公开2件，因没有现成信息需要另行制作无法提供4件。', ['TXT.narrative:2']],
  ['对信访举报投诉类申请5件、重复申请4件依法作不予处理。', ['TXT.narrative:4']],
  ['本年度共收到政府信息公开申请141件，较上年减少12件，结转下年度继续办理15件。', ['TXT.narrative:15']],
  ['其他处理7件，其中申请人逾期未补正3件。', ['TXT.narrative:3']],
  ['全年共办理政府信息公开申请150件。', ['TXT.narrative:150']],
  ['涉及行政复议、行政诉讼的共6件。', ['TXT.narrative:6']],
  ['本年度发生行政复议4件，其中复议维持3件，复议纠错1件。', ['TXT.narrative:3']],
  ['行政复议尚未审结2件。', ['TXT.narrative:2']],
  ['全年已办结申请134件，尚未办结12件。', ['TXT.narrative:12']],
  ['本年度制发行政规范性文件9件，废止规范性文件2件，现行有效行政规范性文件120件。', ['TXT.narrative:9']],
  ['市自然资源和规划局全年共受理政府信息公开申请150件。', ['TXT.narrative:150']],
  ['我局共收到政府信息公开申请150件。', ['TXT.narrative:150']],
  ['截至2024年12月31日共收到政府信息公开申请150件。', ['TXT.narrative:150']],
  ['自然人申请中，予以公开52件，部分公开10件。', ['TXT.narrative:52']],
  ['共收到申请141件，其中自然人120件、法人或其他组织16件。', ['TXT.narrative:16', 'TXT.partsSum:136']],
  ['共收到申请141件，其中自然人申请121件，法人或者其他组织申请20件。', ['TXT.narrative:121', 'TXT.narrative:20']],
  ['依申请公开方面，办结136件，其中予以公开58件，部分公开12件，不予公开7件，无法提供42件，不予处理8件，其他处理7件，结转下年度14件。', ['TXT.narrative:136', 'TXT.partsSum:134']],
  ['予以公开和部分公开的共70件，占办结总数的55.5%。', ['TXT.narrative:55.5%']],
  ['通过门户网站发布信息2680条，其中，工作动态1520条，通知公告630条，政策文件520条。', ['TXT.partsSum:2670']],
  ['依申请公开答复130件，其中当面答复12件，网上答复98件，邮寄答复20件。', ['TXT.narrative:130']],
];

describe.each(CONTRADICTING)('contradicting: %s', (text, findings) => {
  it(`gives ${findings.join(', ') || 'nothing'}`, () => {
    expect(named(proseFindings(text))).toEqual([...findings].sort());
  });
});

describe('fee statements in 六、其他需要报告的事项', () => {
  const withOther = (other: string, spec: ReportSpec): Finding[] =>
    validateReport({ report: buildReport({ ...spec, sections: { overview: '', other } }), now }).filter((f) => f.rule === 'TXT.feeStatement');
  const overdueFee = { ...TABLE, rows: { ...TABLE.rows, 'otherHandling.other': [5, 1, 0, 0, 0, 0], 'otherHandling.overdueFee': [1, 0, 0, 0, 0, 0] } };

  it.each([['本年度未收取任何费用。'], ['2024年度，本机关在依申请公开工作中未收取信息处理费。'], ['本年度无信息处理费收取情况。'], ['本机关按规定免收信息处理费。'], ['本年度收取信息处理费0元。']])('flags "%s" when a request was dropped for an unpaid fee notice', (other) => {
    const fs = withOther(other, overdueFee);
    expect(fs.map((f) => [f.cells, f.actual])).toEqual([[['sections.other', 'applications.otherHandling.overdueFee.total'], 1]]);
  });

  it.each([['本年度未收取任何费用。'], ['无。'], ['本机关依据《政府信息公开信息处理费管理办法》，本年度向1名申请人发出收费通知。'], ['本年度收取信息处理费10元。']])('says nothing about "%s" when no fee notice went unpaid', (other) => {
    expect(withOther(other, TABLE)).toEqual([]);
  });

  it('never reads 逾期未按收费通知缴纳 as a statement that no fee was charged', () => {
    expect(withOther('申请人逾期未按收费通知要求缴纳费用的1件，已终止办理。', overdueFee)).toEqual([]);
    expect(withOther('本年度向1名申请人发出收费通知，申请人未在期限内缴费，本机关未实际收取信息处理费。', overdueFee)).toEqual([]);
  });
});

describe('a small agency that received no request', () => {
  const zero = [0, 0, 0, 0, 0, 0];
  const EMPTY: ReportSpec = {
    year: 2024,
    rows: Object.fromEntries(Object.keys(TABLE.rows ?? {}).map((k) => [k, zero])),
    disputes: { review: [0, 0, 0, 0] },
  };
  it.each([
    ['2024年，本机关未收到政府信息公开申请，无上年结转申请。'],
    ['全年共收到政府信息公开申请0件，办结0件，结转下年度0件。'],
    ['本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。'],
    ['行政复议0件，行政诉讼0件。'],
  ])('"%s" agrees', (text) => {
    expect(named(proseFindings(text, EMPTY))).toEqual([]);
  });
  it('but 收到申请 2 件 does not', () => {
    expect(named(proseFindings('全年共收到政府信息公开申请2件。', EMPTY))).toEqual(['TXT.narrative:2']);
  });
});

describe('what a prose finding says', () => {
  it('names the reason row a sentence gives, with its label and figure', () => {
    const [f] = proseFindings('因申请内容涉及国家秘密不予公开2件。');
    expect(f).toMatchObject({ cells: ['sections.overview', 'applications.withheld.stateSecret.total'], expected: 1, actual: 2 });
    expect(f?.message).toBe('一、总体情况：“因申请内容涉及国家秘密不予公开2件”所述 2 件，而表三 总计 · 不予公开·属于国家秘密为 1');
  });

  it('gives every reading of "共办理 N 件" it tried', () => {
    const [f] = proseFindings('全年共办理政府信息公开申请150件。');
    expect(f).toMatchObject({ expected: 134, actual: 150, cells: ['sections.overview', 'applications.totalProcessed.total', 'applications.newReceived.total', 'applications.carriedOver.total'] });
    expect(f?.message).toContain('而表三 总计 · 办理结果总计为 134（本年新收 141，加上年结转为 148）');
    expect(f?.messageEn).toBe('overview: "全年共办理政府信息公开申请150件" states 150, but totalProcessed.total = 134 (new: 141, with carried-over: 148)');
  });
});

describe('prose made of report words in random order', () => {
  // A seeded generator, so that a failure can be replayed.
  let seed = 20241231;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const WORDS = ['其中', '共', '收到', '申请', '办结', '予以公开', '不予公开', '结转下年度', '上年结转', '自然人', '法人或其他组织', '行政复议', '诉讼', '占', '%', '件', '条', '，', '。', '；', '（', '）', '、', '较上年', '2023年', '未收取任何费用', '信息处理费', '因涉及国家秘密', '维持', '以来', '12', '0', '141', '7.5', '１３４', ' '];

  it('never throws, stays fast and gives well-formed findings on 2,000 random paragraphs', () => {
    const started = Date.now();
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 5 + next(60) }, () => WORDS[next(WORDS.length)]).join('');
      const fs = validateReport({ report: buildReport({ ...TABLE, sections: { overview: text, problems: text, other: text } }), now });
      for (const f of fs.filter((x) => x.rule.startsWith('TXT.'))) {
        expect(f.cells[0]).toMatch(/^sections\./);
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.expected === null || f.expected !== f.actual).toBe(true);
      }
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
