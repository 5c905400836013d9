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

/** Splits a word into its stem and enclitics; a word without clitics is one stem part. */
export function splitClitics(word: string): CliticPart[] {
  const enclitics: CliticPart[] = [];
  let end = word.length;
  for (let round = 0; round < 2; round++) {
    const rest = word.slice(0, end).toLowerCase();
    if (EXCEPTIONS.has(rest)) break;
    const clitic = ENCLITICS.find((c) => rest.endsWith(c) && rest.length - c.length >= MIN_STEM && /[\p{L}-]$/u.test(rest.slice(0, -c.length)));
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
