import { findEnvelope, parseTitle } from './envelope';

describe('parseTitle', () => {
  it.each([
    ['新乡市公安局2023年政府信息公开工作年度报告', '新乡市公安局', 2023],
    ['# 新乡市公安局 2023 年政府信息公开工作年度报告', '新乡市公安局', 2023],
    ['平潭综合实验区2021年度政府信息公开工作年度报告', '平潭综合实验区', 2021],
    ['沭阳县发展和改革局2023年政府信息公开年度报告', '沭阳县发展和改革局', 2023],
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅', 2019],
    ['某县人民政府二〇二三年度政府信息公开工作年度报告', '某县人民政府', 2023],
    ['某市2023年度政府信息公开年度报告', '某市', 2023],
    ['关于印发《某区财政局2022年政府信息公开工作年度报告》的通知', '某区财政局', 2022],
    ['某区人民政府政府信息公开工作年度报告（2024年度）', '某区人民政府', 2024],
    ['某区人民政府政府信息公开工作年度报告(2023年)', '某区人民政府', 2023],
    ['某区人民政府关于2024年政府信息公开工作年度报告', '某区人民政府', 2024],
    ['某县人民政府二○二四年政府信息公开工作年度报告', '某县人民政府', 2024],
    ['某市人民政府办公室关于某市2024年政府信息公开工作年度报告的公告', '某市', 2024],
    ['【2024年】某市某局政府信息公开工作年度报告', '某市某局', 2024],
    ['某市某局2024年政府信息公开年度工作报告', '某市某局', 2024],
    ['某市某局政府信息公开工作2024年度报告', '某市某局', 2024],
    ['某市某局2024年度政务公开工作年度报告', '某市某局', 2024],
    ['某市某局2024年政府信息公开工作年度报告_某市人民政府', '某市某局', 2024],
  ])('%p → %p, %p', (title, agency, year) => {
    expect(parseTitle(title)).toMatchObject({ agencyName: agency, year });
  });

  it('ignores navigation and prose that mention the report without a year before it', () => {
    expect(parseTitle('首页 > 政府信息公开 > 政府信息公开年报')).toBeNull();
    expect(parseTitle(`根据《条例》要求，现向社会公布${'本机关'.repeat(30)}2023年政府信息公开工作年度报告`)).toBeNull();
  });

  it('joins a title broken over two lines', () => {
    expect(findEnvelope(['平潭综合实验区2020年', '政府信息公开工作年度报告'])).toMatchObject({ agencyName: '平潭综合实验区', year: 2020 });
  });

  it('does not join the line above a complete title to it', () => {
    expect(findEnvelope(['导航', '某区人民政府2024年政府信息公开工作年度报告'])).toMatchObject({ agencyName: '某区人民政府', year: 2024 });
  });

  it('prefers a title naming the agency to an earlier one naming only the year (a page <title>)', () => {
    expect(findEnvelope(['2024年政府信息公开工作年度报告_某市人民政府网', '某区人民政府2024年政府信息公开工作年度报告'])).toMatchObject({ agencyName: '某区人民政府', year: 2024 });
    expect(findEnvelope(['2024年政府信息公开工作年度报告'])).toMatchObject({ agencyName: null, year: 2024 });
  });

  it('takes the agency from the line under a title that names none (a cover page)', () => {
    expect(findEnvelope(['2023年政府信息公开工作年度报告', '某市生态环境局', '2024年1月'])).toMatchObject({ agencyName: '某市生态环境局', year: 2023 });
    expect(findEnvelope(['2023年政府信息公开工作年度报告', '本报告根据条例编制。'])).toMatchObject({ agencyName: null, year: 2023 });
    // A page: <title> without the agency, the site's name, then the article's own title.
    expect(findEnvelope(['2023年政府信息公开工作年度报告', '某市人民政府', '某区教育局2023年政府信息公开工作年度报告'])).toMatchObject({
      agencyName: '某区教育局',
      year: 2023,
    });
  });

  it('reads the year from a line of its own under the title', () => {
    expect(findEnvelope(['某区人民政府政府信息公开工作年度报告', '（2024年度）'])).toMatchObject({ agencyName: '某区人民政府', year: 2024 });
  });

  it('takes no year from words after the report name other than a bracketed year', () => {
    expect(parseTitle('某区人民政府政府信息公开工作年度报告2024年1月20日发布')).toBeNull();
  });
});
