// Enclitics stay inside the surface token; this analysis splits them for the stages that need
// the stem ("ujarnya" → "ujar" + "nya": the cue and the pronoun that names the speaker).
import morphology from '../../dictionaries/morphology.json';

export interface CliticPart {
  /** Offsets within the word. */
  start: number;
  end: number;
  text: string;
  role: 'stem' | 'enclitic';
}

/** Possessive and discourse enclitics, outermost first ("bukunyalah" → "lah", then "nya"). */
const ENCLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'] as const;
/** A stem is at least this long, so short words ending like a clitic ("anya") stay whole. */
const MIN_STEM = 3;

const EXCEPTIONS: ReadonlySet<string> = new Set(
  morphology.words['clitic-exceptions'].map((w) => w.toLowerCase()),
);

const LETTER_OR_HYPHEN = /[\p{L}-]$/u;

/** Whether the stem left before a clitic ends in a letter or a hyphen; ASCII without a regex. */
function stemEndsWell(rest: string, stemLength: number): boolean {
  const c = rest.charCodeAt(stemLength - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d;
  return LETTER_OR_HYPHEN.test(rest.slice(0, stemLength));
}

/** The outermost enclitic of a lowercased word, if its stem is long enough and ends in a letter. */
function encliticOf(rest: string): string | undefined {
  for (const c of ENCLITICS) {
    const stemLength = rest.length - c.length;
    if (stemLength >= MIN_STEM && rest.endsWith(c) && stemEndsWell(rest, stemLength)) return c;
  }
  return undefined;
}

/** Splits a word into its stem and enclitics; a word without clitics is one stem part. */
export function splitClitics(word: string): CliticPart[] {
  const enclitics: CliticPart[] = [];
  let end = word.length;
  for (let round = 0; round < 2; round++) {
    const rest = (end === word.length ? word : word.slice(0, end)).toLowerCase();
    if (EXCEPTIONS.has(rest)) break;
    const clitic = encliticOf(rest);
    if (!clitic) break;
    // A hyphen before the clitic ("PPh-nya") belongs to neither part.
    let stemEnd = end - clitic.length;
    enclitics.unshift({ start: stemEnd, end, text: word.slice(stemEnd, end), role: 'enclitic' });
    if (word[stemEnd - 1] === '-') stemEnd--;
    end = stemEnd;
    if (clitic === 'nya' || clitic === 'ku' || clitic === 'mu') {
      // A possessive is innermost: nothing attaches inside it.
      break;
    }
  }
  return [{ start: 0, end, text: word.slice(0, end), role: 'stem' }, ...enclitics];
}
