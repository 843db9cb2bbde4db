export { type ReportRef } from './report-ref';
export { checkCarryOver } from './carry-over';
export { checkInForce } from './in-force';
export { checkRollup, type RollupInput } from './rollup';
export { checkDuplicateText, textSimilarity, normalizeForSimilarity, shingles, jaccard, DUPLICATE_THRESHOLD } from './duplicate-text';
export { checkMissing, defaultDeadline, type ExpectedReporter, type AcceptedReport, type MissingInput, type ReporterKind } from './missing';
