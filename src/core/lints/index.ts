export { lintToken } from './lint-token';
export { LINT_RULES, type LintRuleInfo } from './rules';
export type { Lint, LintDetail, LintInput, LintPart, LintRule, LintSeverity } from './types';
export { KNOWN_SECRETS } from './known-secrets';
