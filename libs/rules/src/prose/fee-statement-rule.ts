import type { Finding } from '@nianbao/report';
import type { CellReader } from '../engine/cell-reader';
import { fmt, makeFinding } from '../engine/finding';
import type { SectionSentences } from './prose-text';

/** "无收取信息处理费情况", "未发生收费情况", "未收取任何费用" — but not the 逾期未按收费通知缴纳 label. */
const NO_FEE = /(?:无|未|没有|不存在|未曾|免收|免于)[^,;。:]{0,12}?(?:收取|收费|信息处理费)|免收(?:信息处理)?费|收取[^,;。:]{0,12}?费(?:用)?(?:共计|合计|为)?0(?:\.0+)?元/;
/** A sentence that tells of fee notices ("发出收费通知 2 件，申请人未缴费，未实际收取费用") agrees with the table. */
const FEE_NOTICE = /收费通知|缴费|缴纳|逾期/;
const ABOUT_PROCESSING_FEE = /信息处理费|处理费|信息公开|申请/;

/**
 * TXT.feeStatement: section 六 states definitely that no fee was charged, while table 三 counts
 * requests dropped for an unpaid fee notice, or — when the statement covers every fee, not just the
 * 信息处理费 — table 二 shows fees collected.
 */
export function checkFeeStatement(cells: CellReader, prose: readonly SectionSentences[]): Finding[] {
  const other = prose.find((p) => p.section === 'other');
  if (!other || cells.report.formatVersion !== '2021') return [];
  const clause = other.sentences
    .filter((s) => !FEE_NOTICE.test(s))
    .flatMap((s) => s.split(/[,;:]/))
    .find((c) => NO_FEE.test(c));
  if (!clause) return [];
  const out: Finding[] = [];
  const overdue = cells.read('applications.otherHandling.overdueFee.total');
  if (overdue.state === 'number' && overdue.value > 0) {
    out.push(
      makeFinding({
        rule: 'TXT.feeStatement',
        outcome: 'fail',
        cells: ['sections.other', overdue.key],
        expected: 0,
        actual: overdue.value,
        message: `六、其他需要报告的事项称“${clause}”，而表三 总计 · 其他处理·申请人逾期未按收费通知要求缴纳费用 为 ${fmt(overdue.value)}，说明曾发出收费通知`,
        messageEn: `Section 6 says "${clause}" but table 3 counts ${fmt(overdue.value)} requests dropped for an unpaid fee notice`,
      }),
    );
  }
  const fees = cells.read('active.fees');
  if (!ABOUT_PROCESSING_FEE.test(clause) && fees.state === 'number' && fees.value > 0) {
    out.push(
      makeFinding({
        rule: 'TXT.feeStatement',
        outcome: 'fail',
        cells: ['sections.other', fees.key],
        expected: 0,
        actual: fees.value,
        message: `六、其他需要报告的事项称“${clause}”，而表二 行政事业性收费 本年收费金额为 ${fmt(fees.value)} 万元`,
        messageEn: `Section 6 says "${clause}" but table 2 shows fees of ${fmt(fees.value)} × 10,000 yuan`,
      }),
    );
  }
  return out;
}
