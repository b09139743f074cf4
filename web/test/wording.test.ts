import { describe, expect, it } from 'vitest';
import { formatCount, formatDateRange, formatDuration, formatNumber, formatScope, statusLabel, witnessLetter } from '../src/model/wording';

describe('wording of values', () => {
  it('writes counts as the HTML report does', () => {
    expect(formatCount(400, 400, 'exact')).toBe('400');
    expect(formatCount(190, 190, 'approx')).toBe('≈190');
    expect(formatCount(40, null, 'more_than')).toBe('>40');
    expect(formatCount(300, null, 'at_least')).toBe('≥300');
    expect(formatCount(null, 5, 'up_to')).toBe('≤5');
    expect(formatCount(20, 25, 'exact')).toBe('20–25');
    expect(formatCount(20, 99, 'vague')).toBe('~20–99');
    expect(formatCount(null, null, 'vague')).toBe('?');
    expect(formatCount(20, null, 'vague')).toBe('~≥20');
  });

  it('groups thousands from five digits and keeps decimals short', () => {
    expect(formatNumber(1000)).toBe('1000');
    expect(formatNumber(10000)).toBe('10\u202f000');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
    expect(formatNumber(22.5)).toBe('22.5');
    expect(formatNumber(-12000)).toBe('-12\u202f000');
  });

  it('words durations and scopes', () => {
    expect(formatDuration('P1D')).toBe('1 day');
    expect(formatDuration('PT12H')).toBe('12 hours');
    expect(formatDuration('P9M')).toBe('9 months');
    expect(formatDuration('P1Y2M')).toBe('1 year 2 months');
    expect(formatDuration('nonsense')).toBe('nonsense');
    expect(formatScope('P1D')).toBe('over 1 day');
    expect(formatScope('R/P1D')).toBe('per 1 day');
    expect(formatScope(null)).toBeNull();
  });

  it('labels statuses with a symbol and a word, and witnesses with letters', () => {
    expect(statusLabel('agree')).toEqual({ symbol: '✔', word: 'agree' });
    expect(statusLabel('conflict')).toEqual({ symbol: '✘', word: 'conflict' });
    expect(statusLabel('single').word).toBe('single source');
    expect(witnessLetter(0)).toBe('A');
    expect(witnessLetter(25)).toBe('Z');
    expect(witnessLetter(26)).toBe('W27');
    expect(formatDateRange('2016-03-07', '2016-03-27')).toBe('2016-03-07 – 2016-03-27');
    expect(formatDateRange('2016-03-07', '2016-03-07')).toBe('2016-03-07');
    expect(formatDateRange(null, null)).toBe('undated');
  });
});
