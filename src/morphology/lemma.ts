// Indonesian lemmas by rule. A word is read every way its affixes allow (meN-, di-, ber-, ter-,
// memper-, peN-, per-, ke-…-an; -kan, -i, -an; the -nya/-lah clitics) and the first reading whose
// root the root list knows wins. Without a known root, the assimilation rules decide: meny- → s,
// men- + vowel → t, mem- + vowel → p, meng- + vowel keeps the vowel (loanwords: "mengevaluasi"),
// and the root list lists the k-roots ("mengirim" → "kirim").
// The root list is our own (dictionaries/roots.json), small on purpose: it holds the roots whose
// affixed forms are ambiguous, not a lexicon.
import type { WordEntry } from '../types.js';
import roots from '../../dictionaries/roots.json';
import { splitClitics } from './clitics.js';
import { wordGuard } from '../lexicon/wordGuard.js';

/** How a word splits into prefix, root and suffix. */
export interface WordAnalysis {
  /** The root, as the root list writes it ("tanda tangan"), else as the rules derive it. */
  lemma: string;
  /** The derivational prefixes, as read ("me", "di", "ber", "memper", "diper" …); "" for none. */
  prefix: string;
  /** "kan", "i", "an" or "". */
  suffix: string;
  /** Whether the root list knows the root (or the word was an exception). */
  known: boolean;
}

export interface Lemmatizer {
  lemmatize(word: string): string;
  analyze(word: string): WordAnalysis;
}

interface Reading {
  root: string;
  prefix: string;
}

const SUFFIXES = ['', 'kan', 'i', 'an'] as const;
const VOWEL = /^[aeiou]/;
const HAS_VOWEL = /[aeiou]/;
/** Roots are at least this long ("bom", "cat"); shorter leftovers are not roots. */
const MIN_ROOT = 3;
/** Loanwords in -asi/-isi/-usi keep their final i ("mengevaluasi" → "evaluasi"). */
const LOAN_SI = /[aiu]si$/;
const BE_ER = /^be[^aeiour]er/;
/** Indonesian roots do not end in these, so a final -i after them is part of the root ('merinci'). */
const NOT_ROOT_FINAL = /[cjvy]$/;
/** Words that may end in a clitic; only these are split. */
const CLITIC_END = /(?:nya|lah|kah|pun|ku|mu)$/;
const POSSESSIVES: ReadonlySet<string> = new Set(['nya', 'ku', 'mu']);
const LETTERS_ONLY = /^[a-zé]+$/;
const LOWER_ASCII = /^[a-z-]*$/;
const NG_CONSONANT = /^(?:g|h|k|kh)/;
const M_CONSONANT = /^[bfpv]/;
const N_CONSONANT = /^(?:[cdjzt]|sy)/;
const ME_CONSONANT = /^[lrwy]/;
const PE_PLAIN = /^pe[lrwymn]/;

/** Which prefix and suffix may go together: the outer prefix decides (di-…-an and me-…-an are not words). */
function confixAllowed(prefix: string, suffix: string): boolean {
  if (suffix === '' || prefix === '' || prefix === 'per') return true;
  if (prefix.startsWith('me') || prefix.startsWith('di') || prefix === 'ter') return suffix !== 'an';
  if (prefix === 'ber') return suffix !== 'i';
  // ke- and pe- make nouns: only with -an ("kehadiran", "pembangunan") or alone ("pelaku").
  return suffix === 'an';
}

/**
 * Visits one reading (root and prefix) of a word; true stops the visit. Readings are visited, not
 * collected, so that the first known root ends the work without building the rest.
 */
type Visit = (root: string, prefix: string) => boolean;

/** Readings of an inner layer: ber-/per- ("diberlakukan", "memperkuat"), and under ber- also the
 * nouns in ke-…-an and peN-…-an ("berkelanjutan", "berpengalaman"). */
function innerReadings(rest: string, outer: string, visit: Visit): boolean {
  for (const inner of ['ber', 'per'] as const) {
    if (rest.startsWith(inner) && rest.length - 3 >= MIN_ROOT) {
      if (visit(rest.slice(3), outer + inner)) return true;
      // be-/pe- before an r-root: "diperbaharui", "berencana".
      if (rest[3] === 'r' && visit(rest.slice(2), outer + inner)) return true;
    }
  }
  if (outer === 'ber') {
    if (rest.startsWith('ke') && rest.length - 2 >= MIN_ROOT && visit(rest.slice(2), 'berke')) return true;
    if (rest.startsWith('pe') && nasalReadings(rest, 'pe', (root) => visit(root, 'berpe'))) return true;
  }
  return false;
}

/** The root readings of the nasal prefix meN-/peN- ("me"/"pe" given), in rule order. */
function nasalReadings(base: string, outer: 'me' | 'pe', visit: Visit): boolean {
  const s = base.slice(2);
  const root = (r: string) => r.length >= MIN_ROOT && visit(r, outer);
  if (s.startsWith('ng')) {
    const t = s.slice(2);
    if (VOWEL.test(t)) {
      // menge- before a one-syllable root: "mengebom", "pengecatan".
      return root(t) || root('k' + t) || (t[0] === 'e' && root(t.slice(1)));
    }
    return NG_CONSONANT.test(t) && root(t);
  }
  if (s.startsWith('ny')) {
    const t = s.slice(2);
    return VOWEL.test(t) && (root('s' + t) || root(s));
  }
  if (s.startsWith('m')) {
    const t = s.slice(1);
    if (M_CONSONANT.test(t)) return root(t);
    return VOWEL.test(t) && (root('p' + t) || root(s));
  }
  if (s.startsWith('n')) {
    const t = s.slice(1);
    if (N_CONSONANT.test(t)) return root(t);
    return VOWEL.test(t) && (root('t' + t) || root(s));
  }
  return ME_CONSONANT.test(s) && root(s);
}

/** Visits every prefix reading of `base`, the bare word first, then in rule order. */
function eachReading(base: string, visit: Visit): boolean {
  if (visit(base, '')) return true;
  if (base.startsWith('memper')) {
    if (visit(base.slice(6), 'memper')) return true;
    if (base[6] === 'r' && visit(base.slice(5), 'memper')) return true;
  }
  if (base.startsWith('me')) {
    // mem- + ber-/per- root layer: "memberlakukan" → ber + laku.
    return nasalReadings(base, 'me', visit) || (base.startsWith('mem') && innerReadings(base.slice(3), 'mem', visit));
  }
  if (base.startsWith('di')) {
    const rest = base.slice(2);
    return (rest.length >= MIN_ROOT && visit(rest, 'di')) || innerReadings(rest, 'di', visit);
  }
  if (base.startsWith('ber') || base.startsWith('ter')) {
    const prefix = base.slice(0, 3);
    const rest = base.slice(3);
    if (rest.length >= MIN_ROOT && visit(rest, prefix)) return true;
    // be-/te- before an r-root: "berencana", "terasa".
    if (visit(base.slice(2), prefix)) return true;
    return prefix === 'ber' && innerReadings(rest, 'ber', visit);
  }
  if (base.startsWith('pe')) {
    const rest2 = base.slice(2);
    const rest3 = base.slice(3);
    if (base.startsWith('per')) {
      if (rest3.length >= MIN_ROOT && visit(rest3, 'per')) return true;
      if (base[3] === 'r' && visit(rest2, 'per')) return true;
    }
    return nasalReadings(base, 'pe', visit) || (PE_PLAIN.test(base) && rest2.length >= MIN_ROOT && visit(rest2, 'pe'));
  }
  if (base.startsWith('ke')) {
    const rest = base.slice(2);
    return (rest.length >= MIN_ROOT && visit(rest, 'ke')) || innerReadings(rest, 'ke', visit);
  }
  // be- before a root whose first syllable ends in -er: "beternak", "bepergian".
  return BE_ER.test(base) && visit(base.slice(2), 'ber');
}

/** The suffix the rules strip when no reading has a known root. */
function defaultSuffix(stem: string, prefix: string): string {
  const room = (n: number) => stem.length - n - prefix.length >= MIN_ROOT;
  if (stem.endsWith('kan') && room(3) && confixAllowed(prefix, 'kan')) return 'kan';
  if (stem.endsWith('i') && room(1) && !LOAN_SI.test(stem) && !NOT_ROOT_FINAL.test(stem.slice(0, -1)) && confixAllowed(prefix, 'i')) return 'i';
  // ber- + a noun in -an ("berbadan", "berpedoman") is commoner than the reciprocal ber-…-an.
  if (stem.endsWith('an') && room(2) && confixAllowed(prefix, 'an') && prefix !== '' && prefix !== 'ber') return 'an';
  return '';
}

/** The reading the rules prefer: the deepest prefix ("memper-" over "mem-"), then rule order. */
function preferred(base: string, suffix: string): Reading | undefined {
  let best: Reading | undefined;
  eachReading(base, (root, prefix) => {
    // ke- alone is a noun or an ordinal ("ketua", "kedua"); only ke-…-an is read without the root list.
    if (prefix === '' || root.length < MIN_ROOT || !HAS_VOWEL.test(root) || (prefix === 'ke' && suffix !== 'an')) return false;
    if (!best || prefix.length > best.prefix.length) best = { root, prefix };
    return false;
  });
  return best;
}

function rulesReading(stem: string): WordAnalysis {
  const first = preferred(stem, '');
  if (!first) return { lemma: stem, prefix: '', suffix: '', known: false };
  const suffix = defaultSuffix(stem, first.prefix);
  if (!suffix) return { lemma: first.root, prefix: first.prefix, suffix, known: false };
  const reading = preferred(stem.slice(0, -suffix.length), suffix);
  return reading ? { lemma: reading.root, prefix: reading.prefix, suffix, known: false } : { lemma: first.root, prefix: first.prefix, suffix: '', known: false };
}

/** A lemmatizer over a root list: `roots` (form, optional lemma) and `exceptions` (form → lemma). */
export function createLemmatizer(rootEntries: readonly WordEntry[], exceptionEntries: readonly WordEntry[]): Lemmatizer {
  const rootLemma = new Map<string, string>();
  for (const e of rootEntries) rootLemma.set(e.form.toLowerCase(), e.lemma ?? e.form.toLowerCase());
  // A word is read a dozen ways, and each reading is a fresh string: most never reach the map.
  const mayBeRoot = wordGuard(rootLemma.keys());
  const exceptions = new Map<string, string>();
  for (const e of exceptionEntries) if (e.lemma) exceptions.set(e.form.toLowerCase(), e.lemma);

  /** The first reading with a known root, trying the word with and without its clitics. */
  function knownReading(stems: readonly string[]): WordAnalysis | null {
    for (const stem of stems) {
      for (const suffix of SUFFIXES) {
        if (suffix && (!stem.endsWith(suffix) || stem.length - suffix.length < MIN_ROOT)) continue;
        const base = suffix ? stem.slice(0, -suffix.length) : stem;
        let found: WordAnalysis | null = null;
        eachReading(base, (root, prefix) => {
          const lemma = mayBeRoot(root) && confixAllowed(prefix, suffix) ? rootLemma.get(root) : undefined;
          if (lemma !== undefined) found = { lemma, prefix, suffix, known: true };
          return found !== null;
        });
        if (found) return found;
      }
    }
    return null;
  }

  function analyzeSimple(w: string): WordAnalysis {
    const exception = exceptions.get(w);
    if (exception !== undefined) return { lemma: exception, prefix: '', suffix: '', known: true };
    const parts = CLITIC_END.test(w) ? splitClitics(w) : [{ text: w }];
    const stem = parts[0]!.text;
    const stems = stem === w ? [w] : [w, stem];
    const exceptionStem = exceptions.get(stem);
    if (exceptionStem !== undefined) return { lemma: exceptionStem, prefix: '', suffix: '', known: true };
    // Without a known root only a possessive comes off: "masalah" and "langkah" end like particles.
    const possessive = parts.length === 2 && POSSESSIVES.has(parts[1]!.text.toLowerCase());
    const ruleStem = possessive ? stem : w;
    if (!LETTERS_ONLY.test(ruleStem)) return { lemma: ruleStem, prefix: '', suffix: '', known: false };
    return knownReading(stems) ?? rulesReading(ruleStem);
  }

  function analyze(word: string): WordAnalysis {
    const w = LOWER_ASCII.test(word) ? word : word.toLowerCase();
    const hyphen = w.indexOf('-');
    if (hyphen > 0 && hyphen < w.length - 1 && w.indexOf('-', hyphen + 1) < 0) {
      // Reduplication: "negara-negara", "tembak-menembak", "besar-besaran" share one root.
      const left = analyzeSimple(w.slice(0, hyphen));
      const right = analyzeSimple(w.slice(hyphen + 1));
      if (left.lemma === right.lemma || right.lemma.startsWith(left.lemma)) return { ...right, lemma: left.lemma };
      return { lemma: w, prefix: '', suffix: '', known: false };
    }
    return analyzeSimple(w);
  }

  return { analyze, lemmatize: (word) => analyze(word).lemma };
}

const SHIPPED = createLemmatizer(roots.words.roots.map(asEntry), roots.words['lemma-exceptions']);

function asEntry(e: string | WordEntry): WordEntry {
  return typeof e === 'string' ? { form: e } : e;
}

/** The root of an Indonesian word, by the shipped root list: "menandatangani" → "tanda tangan". */
export function lemmatize(word: string): string {
  return SHIPPED.lemmatize(word);
}

/** Prefix, root and suffix of an Indonesian word, by the shipped root list. */
export function analyzeWord(word: string): WordAnalysis {
  return SHIPPED.analyze(word);
}
