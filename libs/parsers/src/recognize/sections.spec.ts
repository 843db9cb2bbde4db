import { sectionHeading, startsLostProblemsSection } from './sections';

describe('sectionHeading', () => {
  it.each([
    ['一、总体情况', 'overview'],
    ['## 二、主动公开政府信息情况', 'active'],
    ['### 三、收到和处理政府信息公开申请情况', 'applications'],
    ['#### 四、政府信息公开行政复议、行政诉讼情况', 'disputes'],
    ['五、存在的主要问题及改进情况', 'problems'],
    ['五、存在的主要问题及整改措施', 'problems'],
    ['五、政府信息公开工作存在的主要问题及改进情况', 'problems'],
    ['六、其他需要报告的事项', 'other'],
    ['一、主动公开政府信息情况', 'active'],
    ['三、政府信息公开行政复议、行政诉讼情况', 'disputes'],
    ['五、其他需要报告的事项', 'other'],
  ])('%p heads %p, whatever its numeral', (text, key) => {
    expect(sectionHeading(text)?.key).toBe(key);
  });

  it.each([
    ['总体情况', 'overview'],
    ['## 收到和处理政府信息公开申请情况', 'applications'],
    ['其他需要报告的事项：', 'other'],
  ])('%p, an official title without its numeral (Word list numbering), heads %p', (text, key) => {
    expect(sectionHeading(text)?.key).toBe(key);
  });

  it.each([
    '（一）主动公开方面',
    '主动公开情况',
    '政府信息公开工作总体情况良好',
    '二、工作机制保障',
    '三、主动公开工作情况',
    '一是深入做好《条例》的贯彻落实',
    '一、总体情况……………………1',
    '三、收到和处理政府信息公开申请情况 3',
    '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议、行政诉讼情况等六个部分。',
  ])('%p is not a section heading', (text) => {
    expect(sectionHeading(text)).toBeNull();
  });
});

describe('startsLostProblemsSection', () => {
  it('recognises the first line of a section 五 whose heading was lost', () => {
    expect(startsLostProblemsSection('（一）主要问题')).toBe(true);
    expect(startsLostProblemsSection('（一）2024 年工作中存在问题的改进情况')).toBe(true);
    expect(startsLostProblemsSection('（二）改进情况')).toBe(false);
    expect(startsLostProblemsSection('注：本表数据截至12月31日')).toBe(false);
  });
});
