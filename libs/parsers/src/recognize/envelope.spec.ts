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
});
