import { numericCellKeys, setPath, type CanonicalReport, type FormatVersion } from '@nianbao/report';

/**
 * A report whose every figure differs from every other (1, 2, 3 … in table order; amounts with
 * four decimals), so that a round trip that shifts a row or a column cannot pass unnoticed.
 */
export function distinctReport(format: Exclude<FormatVersion, 'pre2019'>): CanonicalReport {
  const report: CanonicalReport = {
    agency: { name: '平潭综合实验区管理委员会' },
    year: format === '2019' ? 2020 : 2024,
    formatVersion: format,
    sections: {
      overview: '本年度，本机关持续推进政府信息公开工作。\n全年共收到政府信息公开申请若干件，均依法答复。',
      problems: '主要问题是公开内容的规范性有待提高，下一步将加强培训。',
      other: '本年度未收取信息处理费。',
    },
  };
  numericCellKeys(format).forEach((key, i) => {
    const amount = key === 'active.fees' || key.endsWith('.amount');
    setPath(report as unknown as Record<string, unknown>, key, amount ? 1000 + i + 0.1234 : i + 1);
  });
  return report;
}
