import { describe, expect, it } from 'vitest';
import { LINT_RULES, SEVERITY_ORDER } from './rules';

describe('the lint rule table', () => {
  it('lists danger rules first, then warning, then info', () => {
    const ranks = LINT_RULES.map((row) => SEVERITY_ORDER.indexOf(row.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('names each rule once and cites a section (or, for a broken key, its CVE) for each', () => {
    const names = LINT_RULES.map((row) => row.rule);
    expect(new Set(names).size).toBe(names.length);
    for (const row of LINT_RULES) {
      expect(row.source, row.rule).toMatch(/^(RFC \d+ §[\d.]+|CVE-\d{4}-\d{4,})$/);
    }
  });
});
