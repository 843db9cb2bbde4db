import { APPLICANT_COLUMNS, DISPUTE_OUTCOMES, setPath, type CanonicalReport } from '@nianbao/report';

/**
 * The seed document (fixtures/seed/xinxiang-police-2023.txt) as a canonical report, its figures
 * copied from the contract's expected values, for round-trip tests and the benchmark.
 */
const APPLICATIONS_2023: Record<string, number[]> = {
  newReceived: [57, 0, 0, 0, 0, 0, 57],
  carriedOver: [0, 0, 0, 0, 0, 0, 0],
  granted: [25, 0, 0, 0, 0, 0, 25],
  partiallyGranted: [3, 0, 0, 0, 0, 0, 3],
  'withheld.stateSecret': [0, 0, 0, 0, 0, 0, 0],
  'withheld.lawForbidden': [0, 0, 0, 0, 0, 0, 0],
  'withheld.endangersSafety': [0, 0, 0, 0, 0, 0, 0],
  'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'withheld.internalAffairs': [2, 0, 0, 0, 0, 0, 2],
  'withheld.processInfo': [1, 0, 0, 0, 0, 0, 1],
  'withheld.enforcementFile': [0, 0, 0, 0, 0, 0, 0],
  'withheld.administrativeQuery': [0, 0, 0, 0, 0, 0, 0],
  'unavailable.notHeld': [18, 0, 0, 0, 0, 0, 18],
  'unavailable.needsCreation': [0, 0, 0, 0, 0, 0, 0],
  'unavailable.unclearAfterCorrection': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.petition': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.duplicate': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.massRepeated': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.confirmation': [1, 0, 0, 0, 0, 0, 1],
  'otherHandling.overdueCorrection': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.overdueFee': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.other': [3, 0, 0, 0, 0, 0, 3],
  totalProcessed: [54, 0, 0, 0, 0, 0, 54],
  carriedForward: [3, 0, 0, 0, 0, 0, 3],
};

const DISPUTES_2023: Record<string, number[]> = {
  review: [1, 0, 0, 0, 1],
  litigationDirect: [0, 0, 0, 0, 0],
  litigationAfterReview: [0, 0, 0, 0, 0],
};

export function seedReport(): CanonicalReport {
  const report: CanonicalReport = {
    agency: { name: '新乡市公安局' },
    year: 2023,
    formatVersion: '2021',
    sections: {
      overview: '2023 年，新乡市公安局认真贯彻落实政府信息公开工作部署要求。\n（二）依申请公开情况。2023 年，我局共接到社会公众依申请公开 57 件。年内共办结 54 件，结转下年度继续办理 3 件，无超期答复情况。',
      problems: '政务信息来源不够广、数量不够多、信息公开类型较单一等问题仍然存在。',
      other: '2023年度政务公开申请未向申请人收取任何费用。',
    },
    active: {
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued: 0, repealed: 0, inForce: 4 },
      licensing: 2439825,
      penalty: 133895,
      coercion: 7815,
      fees: 9486.7475,
    },
  };
  const tree = report as unknown as Record<string, unknown>;
  for (const [row, values] of Object.entries(APPLICATIONS_2023)) {
    APPLICANT_COLUMNS.forEach((c, i) => setPath(tree, `applications.${row}.${c.key}`, values[i]));
  }
  for (const [group, values] of Object.entries(DISPUTES_2023)) {
    DISPUTE_OUTCOMES.forEach((o, i) => setPath(tree, `disputes.${group}.${o.key}`, values[i]));
  }
  return report;
}
