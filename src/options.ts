// The input contract: what extractEvents accepts, and the errors that say what was wrong.
import type { ExtractOptions } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KNOWN_OPTIONS = new Set(['documentDate', 'pipeline', 'dictionaries', 'profile']);

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return `Date(${isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`extractEvents: text must be a string; got ${shown(text)}`);
}

export function checkOptions(options: unknown): asserts options is ExtractOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`extractEvents: options must be an object; got ${shown(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`extractEvents: unknown option "${key}"; the options are: ${[...KNOWN_OPTIONS].join(', ')}`);
  }
  const o = options as ExtractOptions;
  if (o.dictionaries !== undefined && !Array.isArray(o.dictionaries)) {
    throw new TypeError(`extractEvents: options.dictionaries must be an array of dictionaries from loadDictionary(); got ${shown(o.dictionaries)}`);
  }
  if (o.profile !== undefined && typeof o.profile !== 'boolean') {
    throw new TypeError(`extractEvents: options.profile must be true or false; got ${shown(o.profile)}`);
  }
  if (o.pipeline !== undefined && (o.pipeline === null || typeof (o.pipeline as { run?: unknown }).run !== 'function')) {
    throw new TypeError(`extractEvents: options.pipeline must be a pipeline from createPipeline(); got ${shown(o.pipeline)}`);
  }
}

/** The document date as an ISO calendar date, or null; a malformed one is a RangeError. */
export function normalizeDocumentDate(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (isNaN(value.getTime())) throw new RangeError('extractEvents: options.documentDate is an invalid Date');
    const y = value.getFullYear();
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${String(y).padStart(4, '0')}-${m}-${d}`;
  }
  if (typeof value !== 'string') {
    throw new TypeError(`extractEvents: options.documentDate must be an ISO date string (YYYY-MM-DD) or a Date; got ${shown(value)}`);
  }
  const m = ISO_DATE.exec(value.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  throw new RangeError(`extractEvents: options.documentDate must be a real calendar date as YYYY-MM-DD (e.g. "2024-11-10"); got ${shown(value)}`);
}
