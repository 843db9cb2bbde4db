import { extractStatements, type Statement } from './stated-figures';

const overview = (text: string): Statement[] => extractStatements({ overview: text });
const brief = (s: Statement): string =>
  s.target.kind === 'disputes'
    ? `${s.target.group}=${s.value}`
    : s.target.kind === 'active'
      ? `active:${s.target.key}=${s.value}`
      : `${s.target.row}.${s.target.column}=${s.value}${s.percent ? `@${s.percent.value}%` : ''}`;
const figures = (text: string): string[] => overview(text).map(brief);

// Every sentence below is copied from a fixture of ../shared/fixtures.
describe('figures attributed through their clause', () => {
  it('新乡市公安局 2023: received across sentences, processed, carried forward', () => {
    expect(figures('（二）依申请公开情况。2023 年，我局共接到社会公众依申请公开 57 件，均依照《中华人民共和国政府信息公开条例》相关规定进行规范答复办理。年内共办结 54 件，结转下年度继续办理 3 件，无超期答复情况。')).toEqual([
      'newReceived.total=57',
      'totalProcessed.total=54',
      'carriedForward.total=3',
    ]);
  });

  it('平潭 2021: a figure before its noun, and a figure before its verb', () => {
    expect(figures('本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。')).toEqual(['newReceived.total=70', 'totalProcessed.total=69', 'carriedForward.total=1']);
  });

  it('平潭 2022: the split by applicant belongs to the figure before it; 办结率100% says nothing was carried forward', () => {
    expect(figures('2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。')).toEqual([
      'newReceived.total=75',
      'newReceived.naturalPerson=72',
      'newReceived.commercial=3',
      'carriedForward.total=0',
    ]);
    expect(figures('2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。')).toEqual(['litigation=1', 'review=2']);
  });

  it('平潭 2023: outcomes with their percentages, and the dispute counts after them', () => {
    expect(
      figures('办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。'),
    ).toEqual([
      'totalProcessed.total=81',
      'grantedOrPartial.total=42@51.85%',
      'withheld.total=5@6.17%',
      'unavailable.total=31@38.27%',
      'notProcessed.total=1@1.23%',
      'otherHandling.total=2@2.47%',
      'review=2',
      'litigation=7',
    ]);
  });

  it('平潭 2020: a heading run into the sentence does not capture the figure', () => {
    expect(figures('4.认真办理依申请公开\n2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内予以答复。')).toEqual(['newReceived.total=21']);
  });

  it('平潭 2025: 结转至2026年6件 and 起 as the unit of cases', () => {
    expect(figures('2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。')).toEqual([
      'newReceived.total=154',
      'totalProcessed.total=148',
      'carriedForward.total=6',
      'review=36',
      'litigation=9',
    ]);
  });

  it('上海市人民政府办公厅 2019: parenthesised carry-over and carry-forward, percentages after 占', () => {
    expect(
      figures('市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。信息公开类行政复议7件，诉讼9件，均获维持。'),
    ).toEqual([
      'newReceived.total=859',
      'totalProcessed.total=805',
      'carriedOver.total=18',
      'carriedForward.total=72',
      'grantedOrPartial.total=258@33.9%',
      'withheld.total=35@4.34%',
      'unavailable.total=265@32.9%',
      'notProcessed.total=158@19.6%',
      'otherHandling.total=0',
      'review=7',
      'litigation=9',
    ]);
  });

  it('上海市人民政府办公厅 2025: hard-wrapped PDF text, （含上年结转 189 件）, (17.46%)', () => {
    expect(
      figures('市政府共受理政府信息公开申请 1295 件，办结 1191 件（含\n上年结转 189 件），均在法定期限内答复。其中，予以公开及部\n分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关\n不掌握等原因无法提供 564 件（47.36%），属信访、重复申请等\n不予处理 80 件（6.72%），其他处理 319 件（26.78%，含申请人\n主动撤回 157 件）。'),
    ).toEqual([
      'newReceived.total=1295',
      'totalProcessed.total=1191',
      'carriedOver.total=189',
      'grantedOrPartial.total=208@17.46%',
      'withheld.total=20@1.68%',
      'unavailable.total=564@47.36%',
      'notProcessed.total=80@6.72%',
      'otherHandling.total=319@26.78%',
    ]);
  });

  it('上海市科委 2024: "所有申请均已按要求办理完成" is a claim that nothing was carried forward', () => {
    expect(
      figures('全年收到政府信息公开申请 34 件，上年结转政府信息公开\n申请 2 件，所有申请均已按要求办理完成。所有办结的信息公开\n申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2\n件，无法提供的 10 件，不予处理 0 件，其他处理 14 件，转下一\n年度办理答复的有 1 件。'),
    ).toEqual([
      'newReceived.total=34',
      'carriedOver.total=2',
      'carriedForward.total=0',
      'granted.total=9',
      'partiallyGranted.total=0',
      'withheld.total=2',
      'unavailable.total=10',
      'notProcessed.total=0',
      'otherHandling.total=14',
      'carriedForward.total=1',
    ]);
    expect(figures('2024 年市科委有 1 件涉及政府信息公开工作的行政复\n议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为\n0 件。')).toEqual(['review=1', 'litigation=0']);
  });

  it('沭阳县人民政府 2025: 法人或其他组织, and 相关案件 meaning 复议 and 诉讼 together', () => {
    expect(
      figures('全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件，有力维护了群众合法权益与政府公信力。'),
    ).toEqual(['newReceived.total=749', 'newReceived.naturalPerson=741', 'newReceived.org=8', 'handled.total=718', 'carriedForward.total=31', 'all=74']);
  });
});

describe('table 二 counts', () => {
  it('平潭 2022/2023: 现行有效 and 本年度制发 规范性文件', () => {
    expect(figures('一是做好规范性文件公开。设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。')).toEqual([
      'active:active.normativeDocs.inForce=698',
      'active:active.normativeDocs.issued=88',
    ]);
    expect(figures('全年废止规章2件。')).toEqual(['active:active.rules.repealed=2']);
    expect(figures('全年公开政策文件4件，对3件主动公开政策性文件进行意见征集并公开征集结果。')).toEqual([]);
  });
});

describe('the table’s own words', () => {
  it('本年新收 and 上年结转 without 申请 in the clause, in a sentence about requests', () => {
    expect(figures('依申请公开方面，本年新收 57 件，上年结转 0 件，结转下年度 3 件。')).toEqual(['newReceived.total=57', 'carriedOver.total=0', 'carriedForward.total=3']);
  });
});

describe('figures of another year', () => {
  it('are left out: an earlier year, 去年, 较上年; a later year stays (结转至2026年)', () => {
    const text = '2024年收到政府信息公开申请 60 件，2025年收到政府信息公开申请 80 件，较上年增加 20 件，去年办结 58 件，结转至2026年6件。';
    expect(extractStatements({ overview: text }, 2025).map(brief)).toEqual(['newReceived.total=80', 'carriedForward.total=6']);
  });
});

describe('figures that are not about the tables are left alone', () => {
  it.each([
    ['沭阳县发改局 2023', '全年共审核发布各类公开政府信息249条，其中：发布行政公文和政策解读信息9条。全年受理网络问政182件。'],
    ['平潭 2020', '组织开展19期《问政平潭之有事你说》，上线部门22家，收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。'],
    ['平潭 2019', '区社会事业局不断公开社会保障、医疗救助、临时救助、减灾救灾、城乡低保、特困人员等信息，受理各类群众诉求259起。'],
    ['上海 2025', '全年完成市政府及市政府办公厅公文公开属性审查 166 件、\n— 2 —\n发布审查 330 件。'],
    ['上海 2019', '从评价结果看，差评数占评价量总数的0.34%，好评数占评价总数99.58%。'],
    ['a request context around other work', '窗口为申请人办理各类证件 300 件，受理审批事项 120 件。'],
    ['上海市科委 2024', '《上海市科委 2024 年度代表建议和政协提案办理工作总体情况》及主合办人大代表建议 50 件，主合办政协提案 85 件的办理复文。'],
  ])('%s', (_name, text) => {
    expect(figures(text)).toEqual([]);
  });
});
