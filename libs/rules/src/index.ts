export { RULESET_VERSION, RULES, ruleDef, blocksAcceptance, type RuleDef, type RuleScope } from './ruleset';
export { validateReport, type RuleInput } from './validate-report';
export { tableEquations, type Equation, type Term } from './table/equations';
export { extractStatements, type Statement, type StatementTarget } from './prose/stated-figures';
export { normalizeProse } from './prose/prose-text';
export { findingFingerprint } from './fingerprint';
export * from './cross';
