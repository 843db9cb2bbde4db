import { chineseDigitsToArabic, collapseWhitespace, normalizeLabel, toHalfWidth } from './text';

describe('label normalisation', () => {
  it('removes the spaces that break labels', () => {
    expect(normalizeLabel('商业 企业')).toBe('商业企业');
    expect(normalizeLabel('结果\u00a0维持')).toBe('结果维持');
  });

  it('unifies full- and half-width brackets, digits and quotes', () => {
    expect(normalizeLabel('（七）总计')).toBe(normalizeLabel('(七) 总计'));
    expect(normalizeLabel('３.危及“三安全一稳定”')).toBe('3.危及"三安全一稳定"');
    expect(normalizeLabel('〔2021〕')).toBe('(2021)');
  });

  it('reads Traditional characters as Simplified', () => {
    expect(normalizeLabel('收到和處理政府資訊公開申請情況')).toBe('收到和处理政府资讯公开申请情况');
    expect(normalizeLabel('結轉下年度繼續辦理')).toBe('结转下年度继续办理');
  });

  it('converts full-width ASCII and collapses whitespace', () => {
    expect(toHalfWidth('２０２３ＡＢ，')).toBe('2023AB,');
    expect(collapseWhitespace('  a \u00a0\n b\u200b ')).toBe('a b');
    expect(chineseDigitsToArabic('二〇二三')).toBe('2023');
  });
});
