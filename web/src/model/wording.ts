// How the page words the dossier's values: numbers, counted values with their
// qualifier, durations, statuses and vocabulary, in English.

import type { FactStatus } from '../dossier';

/** 400, 22.5, 10 000 (narrow no-break space between thousands from five digits). */
export function formatNumber(value: number): string {
  if (!Number.isInteger(value)) return String(Math.round(value * 100) / 100);
  const digits = String(Math.abs(value));
  const grouped =
    digits.length > 4 ? digits.replace(/\B(?=(\d{3})+$)/g, '\u202f') : digits;
  return value < 0 ? `-${grouped}` : grouped;
}

function bound(value: number | null): string {
  return value === null ? '?' : formatNumber(value);
}

/** A reported count as written: 400, ≈190, >40, ≥300, ≤5, 20–25, ~20–99, ?. */
export function formatCount(low: number | null, high: number | null, qualifier = 'exact'): string {
  if (low === null && high === null) return '?';
  if (qualifier === 'at_least') return `≥${bound(low ?? high)}`;
  if (qualifier === 'more_than') return `>${bound(low ?? high)}`;
  if (qualifier === 'up_to') return `≤${bound(high ?? low)}`;
  let core: string;
  if (low === null) core = `≤${bound(high)}`;
  else if (high === null) core = `≥${bound(low)}`;
  else if (low !== high) core = `${bound(low)}–${bound(high)}`;
  else core = bound(low);
  if (qualifier === 'approx') return `≈${core}`;
  if (qualifier === 'vague') return `~${core}`;
  return core;
}

const QUALIFIERS: Record<string, string> = {
  exact: 'exact',
  at_least: 'at least',
  more_than: 'more than',
  approx: 'about',
  up_to: 'up to',
  vague: 'vague count',
};

export function qualifierLabel(qualifier: string | undefined): string {
  return QUALIFIERS[qualifier ?? 'exact'] ?? humanize(qualifier ?? '');
}

/** air_raids → "air raids". */
export function humanize(word: string): string {
  return word.replace(/_/g, ' ');
}

const UNITS: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  h: 'hour',
  m: 'minute',
  s: 'second',
};

/** An ISO 8601 duration in words: P1D → "1 day", PT12H → "12 hours". */
export function formatDuration(iso: string): string {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    iso,
  );
  if (!m || iso === 'P' || iso.endsWith('T')) return iso;
  const keys = ['Y', 'M', 'W', 'D', 'h', 'm', 's'];
  const parts: string[] = [];
  keys.forEach((key, i) => {
    const n = m[i + 1];
    if (n !== undefined) parts.push(`${n} ${UNITS[key]}${n === '1' ? '' : 's'}`);
  });
  return parts.join(' ');
}

/** The time a count covers: "R/P1D" → "per 1 day", "P1D" → "over 1 day". */
export function formatScope(scope: string | null | undefined): string | null {
  if (!scope) return null;
  if (scope.startsWith('R/')) return `per ${formatDuration(scope.slice(2))}`;
  return `over ${formatDuration(scope)}`;
}

export interface StatusLabel {
  symbol: string;
  word: string;
}

const STATUSES: Record<FactStatus, StatusLabel> = {
  agree: { symbol: '✔', word: 'agree' },
  compatible: { symbol: '≈', word: 'compatible' },
  conflict: { symbol: '✘', word: 'conflict' },
  single: { symbol: '·', word: 'single source' },
};

export function statusLabel(status: string): StatusLabel {
  return STATUSES[status as FactStatus] ?? { symbol: '?', word: humanize(status) };
}

/** Witness 0 → "A", … 25 → "Z", then "W27", as in the HTML report. */
export function witnessLetter(witness: number): string {
  return witness < 26 ? String.fromCharCode(65 + witness) : `W${witness + 1}`;
}

/** "2016-03-07" to "2016-03-27" → "2016-03-07 – 2016-03-27"; one day alone. */
export function formatDateRange(earliest: string | null | undefined, latest: string | null | undefined): string {
  if (!earliest && !latest) return 'undated';
  if (!earliest || !latest || earliest === latest) return (earliest ?? latest) as string;
  return `${earliest} – ${latest}`;
}

const BASES: Record<string, string> = {
  stated: 'stated',
  inferred: 'inferred from the text',
  event: 'taken from its event',
  reference: 'reference date',
  unknown: 'unknown',
};

/** How a publication date was found, in words. */
export function publicationBasis(basis: string): string {
  return BASES[basis] ?? humanize(basis);
}
