import { describe, expect, it } from 'vitest';
import { formatCount } from './time';

describe('formatCount', () => {
  it('groups digits by three, as English and Chinese both write them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(20_000)).toBe('20,000');
    expect(formatCount(1_048_576)).toBe('1,048,576');
    expect(formatCount(20_000)).toBe(new Intl.NumberFormat('en').format(20_000));
    expect(formatCount(7_340_032)).toBe(new Intl.NumberFormat('zh-CN').format(7_340_032));
  });
});
