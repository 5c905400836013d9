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
const POSSESSIVES: ReadonlySet<string> = new Set(['nya', 'ku', 'mu']);
const LETTERS_ONLY = /^[a-zé]+$/;

/** Which prefix and suffix may go together: the outer prefix decides (di-…-an and me-…-an are not words). */
function confixAllowed(prefix: string, suffix: string): boolean {
  if (suffix === '' || prefix === '' || prefix === 'per') return true;
  if (prefix.startsWith('me') || prefix.startsWith('di') || prefix === 'ter') return suffix !== 'an';
  if (prefix === 'ber') return suffix !== 'i';
  // ke- and pe- make nouns: only with -an ("kehadiran", "pembangunan") or alone ("pelaku").
  return suffix === 'an';
}

/** Readings of an inner layer: ber-/per- ("diberlakukan", "memperkuat"), and under ber- also the
 * nouns in ke-…-an and peN-…-an ("berkelanjutan", "berpengalaman"). */
function innerReadings(rest: string, outer: string, out: Reading[]): void {
  for (const inner of ['ber', 'per'] as const) {
    if (rest.startsWith(inner) && rest.length - 3 >= MIN_ROOT) {
      out.push({ root: rest.slice(3), prefix: outer + inner });
      // be-/pe- before an r-root: "diperbaharui", "berencana".
      if (rest[3] === 'r') out.push({ root: rest.slice(2), prefix: outer + inner });
    }
  }
  if (outer === 'ber') {
    if (rest.startsWith('ke') && rest.length - 2 >= MIN_ROOT) out.push({ root: rest.slice(2), prefix: 'berke' });
    if (rest.startsWith('pe')) {
      const nouns: Reading[] = [];
      nasalReadings(rest, 'pe', nouns);
      for (const r of nouns) out.push({ root: r.root, prefix: 'berpe' });
    }
  }
}

/** The root readings of the nasal prefix meN-/peN- ("me"/"pe" given), in rule order. */
function nasalReadings(base: string, outer: 'me' | 'pe', out: Reading[]): void {
  const s = base.slice(2);
  const push = (root: string) => {
    if (root.length >= MIN_ROOT) out.push({ root, prefix: outer });
  };
  if (s.startsWith('ng')) {
    const t = s.slice(2);
    if (VOWEL.test(t)) {
      push(t);
      push('k' + t);
      // menge- before a one-syllable root: "mengebom", "pengecatan".
      if (t[0] === 'e') push(t.slice(1));
    } else if (/^(?:g|h|k|kh)/.test(t)) push(t);
  } else if (s.startsWith('ny')) {
    const t = s.slice(2);
    if (VOWEL.test(t)) {
      push('s' + t);
      push(s);
    }
  } else if (s.startsWith('m')) {
    const t = s.slice(1);
    if (/^[bfpv]/.test(t)) push(t);
    else if (VOWEL.test(t)) {
      push('p' + t);
      push(s);
    }
  } else if (s.startsWith('n')) {
    const t = s.slice(1);
    if (/^(?:[cdjzt]|sy)/.test(t)) push(t);
    else if (VOWEL.test(t)) {
      push('t' + t);
      push(s);
    }
  } else if (/^[lrwy]/.test(s)) push(s);
}

/** Every prefix reading of `base`, the bare word first, then in rule order. */
function readings(base: string): Reading[] {
  const out: Reading[] = [{ root: base, prefix: '' }];
  const rest2 = base.slice(2);
  const rest3 = base.slice(3);
  if (base.startsWith('memper')) {
    out.push({ root: base.slice(6), prefix: 'memper' });
    if (base[6] === 'r') out.push({ root: base.slice(5), prefix: 'memper' });
  }
  if (base.startsWith('me')) {
    nasalReadings(base, 'me', out);
    // mem- + ber-/per- root layer: "memberlakukan" → ber + laku.
    if (base.startsWith('mem')) innerReadings(base.slice(3), 'mem', out);
  } else if (base.startsWith('di')) {
    if (rest2.length >= MIN_ROOT) out.push({ root: rest2, prefix: 'di' });
    innerReadings(rest2, 'di', out);
  } else if (base.startsWith('ber') || base.startsWith('ter')) {
    const prefix = base.slice(0, 3);
    if (rest3.length >= MIN_ROOT) out.push({ root: rest3, prefix });
    // be-/te- before an r-root: "berencana", "terasa".
    out.push({ root: rest2, prefix });
    if (prefix === 'ber') innerReadings(rest3, 'ber', out);
  } else if (base.startsWith('pe')) {
    if (base.startsWith('per')) {
      if (rest3.length >= MIN_ROOT) out.push({ root: rest3, prefix: 'per' });
      if (base[3] === 'r') out.push({ root: rest2, prefix: 'per' });
    }
    nasalReadings(base, 'pe', out);
    if (/^pe[lrwymn]/.test(base) && rest2.length >= MIN_ROOT) out.push({ root: rest2, prefix: 'pe' });
  } else if (base.startsWith('ke')) {
    if (rest2.length >= MIN_ROOT) out.push({ root: rest2, prefix: 'ke' });
    innerReadings(rest2, 'ke', out);
  } else if (BE_ER.test(base)) {
    // be- before a root whose first syllable ends in -er: "beternak", "bepergian".
    out.push({ root: rest2, prefix: 'ber' });
  }
  return out;
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
function preferred(list: readonly Reading[], suffix: string): Reading | undefined {
  let best: Reading | undefined;
  for (const r of list) {
    if (r.prefix === '' || r.root.length < MIN_ROOT || !HAS_VOWEL.test(r.root)) continue;
    // ke- alone is a noun or an ordinal ("ketua", "kedua"); only ke-…-an is read without the root list.
    if (r.prefix === 'ke' && suffix !== 'an') continue;
    if (!best || r.prefix.length > best.prefix.length) best = r;
  }
  return best;
}

function rulesReading(stem: string): WordAnalysis {
  const first = preferred(readings(stem), '');
  if (!first) return { lemma: stem, prefix: '', suffix: '', known: false };
  const suffix = defaultSuffix(stem, first.prefix);
  if (!suffix) return { lemma: first.root, prefix: first.prefix, suffix, known: false };
  const reading = preferred(readings(stem.slice(0, -suffix.length)), suffix);
  return reading ? { lemma: reading.root, prefix: reading.prefix, suffix, known: false } : { lemma: first.root, prefix: first.prefix, suffix: '', known: false };
}

/** A lemmatizer over a root list: `roots` (form, optional lemma) and `exceptions` (form → lemma). */
export function createLemmatizer(rootEntries: readonly WordEntry[], exceptionEntries: readonly WordEntry[]): Lemmatizer {
  const rootLemma = new Map<string, string>();
  for (const e of rootEntries) rootLemma.set(e.form.toLowerCase(), e.lemma ?? e.form.toLowerCase());
  const exceptions = new Map<string, string>();
  for (const e of exceptionEntries) if (e.lemma) exceptions.set(e.form.toLowerCase(), e.lemma);

  /** The first reading with a known root, trying the word with and without its clitics. */
  function knownReading(stems: readonly string[]): WordAnalysis | null {
    for (const stem of stems) {
      for (const suffix of SUFFIXES) {
        if (suffix && (!stem.endsWith(suffix) || stem.length - suffix.length < MIN_ROOT)) continue;
        const base = suffix ? stem.slice(0, -suffix.length) : stem;
        for (const r of readings(base)) {
          if (!confixAllowed(r.prefix, suffix)) continue;
          const lemma = rootLemma.get(r.root);
          if (lemma !== undefined) return { lemma, prefix: r.prefix, suffix, known: true };
        }
      }
    }
    return null;
  }

  function analyzeSimple(w: string): WordAnalysis {
    const exception = exceptions.get(w);
    if (exception !== undefined) return { lemma: exception, prefix: '', suffix: '', known: true };
    const parts = splitClitics(w);
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
    const w = word.toLowerCase();
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
