// The command line's words: what `warta` accepts, the help text, and usage errors (exit code 2).
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';

export const FORMATS = ['json', 'jsonl', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** Records and text files larger than this are reported and skipped, not read. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_JOBS = 64;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DIGITS = /^\d{1,12}$/;

export const USAGE = `usage: warta extract [options] FILE…|DIR|-

Reads Indonesian news text and prints the actors, dates, quotes and events it finds.

Inputs
  FILE          a plain-text article (.txt or any other name), a JSON Lines archive
                (.jsonl/.ndjson: one {"id","text","date"} record a line) or a .json
                file holding one such record or an array of them
  DIR           every .txt, .jsonl, .ndjson and .json file below it, in name order
  -             standard input: JSON Lines if it starts with "{", else one article

Options
  -f, --format FMT   jsonl (default): one JSON result a line, so a single
                     document's output is itself one JSON document;
                     json: indented, an array when there are several;
                     text: a summary to read; html: a page to look at
  -d, --date DATE    publication date YYYY-MM-DD for documents without their own
                     "date" (anchors "kemarin", "Sabtu lalu", "(9/11)")
      --dict FILE    add a dictionary (JSON, see README); repeatable
  -o, --out PATH     write to PATH instead of standard output, in the format its
                     extension names (.json, .html, .txt) unless --format says;
                     a directory (existing, or PATH ending in /) gets one file a
                     document (json unless --format says)
  -j, --jobs N       worker threads (default: ${availableParallelism()}, the number of cores)
      --max-size N   skip records and files larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  -q, --quiet        no progress bar and no summary (failures are still reported)
  -h, --help         this text
  -v, --version      the version

Exit status: 0 when every document was extracted, 1 when any failed (each failure
is reported on standard error with its file and line), 2 for a usage error.

Examples
  warta extract --format text --date 2024-11-11 article.txt
  warta extract --jobs 2 --out results.jsonl archive.jsonl
  cat archive.jsonl | warta extract - > results.jsonl
  warta extract --format html --out pages/ articles/
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  command: 'extract' | 'help' | 'version';
  inputs: string[];
  /** Null when not given: jsonl, or json files when writing into a directory. */
  format: Format | null;
  documentDate: string | null;
  dictionaries: string[];
  out: string | null;
  jobs: number;
  /** Whether --jobs was given: when not, a small input runs without starting threads. */
  jobsGiven: boolean;
  maxBytes: number;
  quiet: boolean;
}

function checkDate(value: string): string {
  const m = ISO_DATE.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) return value;
  }
  throw new UsageError(`--date must be a calendar date as YYYY-MM-DD (e.g. 2024-11-11); got "${value}"`);
}

function checkCount(name: string, value: string, max: number): number {
  const n = DIGITS.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new UsageError(`${name} must be a whole number from 1 to ${max}; got "${value}"`);
  return n;
}

function checkFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${value}"`);
}

/** The options in argv, or a UsageError that says what is wrong. */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        date: { type: 'string', short: 'd' },
        dict: { type: 'string', multiple: true },
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        'max-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const base: CliOptions = {
    command: 'extract',
    inputs: [],
    format: null,
    documentDate: null,
    dictionaries: [],
    out: null,
    jobs: availableParallelism(),
    jobsGiven: false,
    maxBytes: DEFAULT_MAX_BYTES,
    quiet: values.quiet ?? false,
  };
  if (values.help || positionals[0] === 'help') return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('no command given; the command is "extract"');
  if (command !== 'extract') throw new UsageError(`unknown command "${command}"; the command is "extract"`);
  if (inputs.length === 0) throw new UsageError('extract needs at least one FILE, DIR or - (standard input)');
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return {
    ...base,
    inputs,
    format: values.format === undefined ? null : checkFormat(values.format),
    documentDate: values.date === undefined ? null : checkDate(values.date),
    dictionaries: values.dict ?? [],
    out: values.out ?? null,
    jobs: values.jobs === undefined ? base.jobs : checkCount('--jobs', values.jobs, MAX_JOBS),
    jobsGiven: values.jobs !== undefined,
    maxBytes: values['max-size'] === undefined ? DEFAULT_MAX_BYTES : checkCount('--max-size', values['max-size'], 2 ** 31 - 1),
  };
}
