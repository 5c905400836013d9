// Pronoun mentions and the actor each points back to: "ia", "dia", "beliau" to the last person
// named, "-nya" of a speech verb ("ujarnya") to the last person named outside the quotation,
// "mereka" to the last group, "keduanya" to the last two people; and a title standing for a person
// named before with it ("sang menteri", "gubernur tersebut"), as a mention of role 'title'.
import { splitClitics } from '../../morphology/clitics.js';
import { foldForMatch } from '../../lexicon/normalize.js';
import { Shape, type TokenView } from './tokenView.js';
import { Word, type ActorVocabulary } from './vocabulary.js';
import type { Cluster } from './coreference.js';
import { sortByIndex } from './candidate.js';

/** How many sentences back a pronoun may reach for its actor. */
const REACH = 4;
/** How many mentions back: a run-on sentence full of names is read no further. */
const REACH_MENTIONS = 64;
/** The clitic that names the speaker after a speech verb ("ujarnya", "katanya"). */
const NYA = 'nya';

export interface PronounMention {
  start: number;
  end: number;
  clusters: Cluster[];
  role: 'pronoun' | 'title';
}

interface Named {
  cluster: Cluster;
  token: number;
  quoted: boolean;
}

const tokenOf = (m: Named): number => m.token;

/** Mentions of people and groups in text order, for the pronouns to look back over. */
function namedInOrder(clusters: readonly Cluster[], view: TokenView): Named[] {
  const out: Named[] = [];
  for (const cluster of clusters) {
    for (const m of cluster.mentions) {
      if (m.role === 'pronoun' || view.boilerplate[m.first]) continue;
      out.push({ cluster, token: m.first, quoted: view.quoted[m.first] === 1 });
    }
  }
  return sortByIndex(out, tokenOf, view.length);
}

export function findPronouns(view: TokenView, vocabulary: ActorVocabulary, clusters: readonly Cluster[]): PronounMention[] {
  const wanted = Word.Pronoun | Word.SpeechNya | Word.TitleAnaphor;
  // Most words are neither a pronoun nor a speech verb with "-nya": only the words with scanned bits are read.
  const { scanned, scannedCount } = view;
  let first = 0;
  while (first < scannedCount && !view.is(scanned[first]!, wanted)) first++;
  // No pronoun, or no person or group named: nothing to point back, or to point back to.
  if (first >= scannedCount) return [];
  const named = namedInOrder(clusters, view);
  if (named.length === 0) return [];
  const foldedTitles = new Map<Cluster, string[]>();
  const found: PronounMention[] = [];
  let cursor = 0;
  for (let p = first; p < scannedCount; p++) {
    const i = scanned[p]!;
    if (!view.is(i, wanted)) continue;
    const t = view.tokens[i]!;
    if (t.kind !== 'word' || view.boilerplate[i]) continue;
    while (cursor < named.length && named[cursor]!.token < i) cursor++;
    if (view.is(i, Word.TitleAnaphor)) {
      const title = titleAnaphor(view, vocabulary, named, cursor, i, foldedTitles);
      if (title) found.push(title);
      continue;
    }
    const kind = view.is(i, Word.Pronoun) ? vocabulary.pronouns.get(view.folded[i]!) : undefined;
    let start = t.start;
    let speech = false;
    if (!kind) {
      if (view.shape[i] !== Shape.Lower && view.shape[i] !== Shape.Capitalized) continue;
      const parts = splitClitics(t.text);
      const stem = parts[0]!;
      const clitic = parts[1];
      if (!clitic || clitic.text.toLowerCase() !== NYA || !vocabulary.speechStems.has(stem.text.toLowerCase())) continue;
      start = t.start + clitic.start;
      speech = true;
    }
    const clusters = antecedents(named, cursor, view, i, kind ?? 'singular', speech);
    if (clusters.length) found.push({ start, end: t.end, clusters, role: 'pronoun' });
  }
  return found;
}

/**
 * "sang menteri" (i at "sang") or "menteri tersebut" (i at "tersebut"): the last person named
 * within reach who holds that title ("Menteri Keuangan Sri Mulyani").
 */
function titleAnaphor(view: TokenView, vocabulary: ActorVocabulary, named: readonly Named[], cursor: number, i: number, foldedTitles: Map<Cluster, string[]>): PronounMention | null {
  const before = vocabulary.titleAnaphors.get(view.folded[i]!) === 'before';
  // The title's tokens [titleFirst, titleLast): after "sang", or one or two words before "tersebut".
  let titleFirst = -1;
  let titleLast = -1;
  if (before) {
    const m = common(view, i + 1) ? vocabulary.titles.at(view, i + 1) : null;
    if (m) {
      titleFirst = i + 1;
      titleLast = m.end;
    }
  } else {
    for (let from = i - 1; from >= i - 2; from--) {
      const m = from >= 0 && common(view, from) ? vocabulary.titles.at(view, from) : null;
      if (m && m.end === i) {
        titleFirst = from;
        titleLast = i;
      }
    }
  }
  if (titleFirst < 0) return null;
  const first = before ? i : titleFirst;
  const last = before ? titleLast : i + 1;
  let words = '';
  for (let k = titleFirst; k < titleLast; k++) words += ' ' + view.folded[k];
  const sentence = view.sentence[i]!;
  for (let k = cursor - 1; k >= 0 && k >= cursor - REACH_MENTIONS; k--) {
    const m = named[k]!;
    if (sentence - view.sentence[m.token]! > REACH) break;
    if (m.cluster.type !== 'person') continue;
    if (titlesOf(m.cluster, foldedTitles).some((t) => t.includes(words + ' '))) {
      return { start: view.tokens[first]!.start, end: view.tokens[last - 1]!.end, clusters: [m.cluster], role: 'title' };
    }
  }
  return null;
}

/** The cluster's titles folded, each between spaces, folded once per document. */
function titlesOf(cluster: Cluster, foldedTitles: Map<Cluster, string[]>): string[] {
  let titles = foldedTitles.get(cluster);
  if (!titles) foldedTitles.set(cluster, (titles = cluster.titles.map((t) => ' ' + foldForMatch(t) + ' ')));
  return titles;
}

/** A word written as a common noun: in lower case, or capitalized only because it opens the sentence. */
function common(view: TokenView, k: number): boolean {
  return view.shape[k] === Shape.Lower || (view.shape[k] === Shape.Capitalized && view.opensSentence[k] === 1);
}

function antecedents(named: readonly Named[], before: number, view: TokenView, at: number, kind: string, speech: boolean): Cluster[] {
  const sentence = view.sentence[at]!;
  const outside = speech || view.quoted[at] === 0;
  const wanted = kind === 'dual' ? 2 : 1;
  const out: Cluster[] = [];
  for (let k = before - 1; k >= 0 && k >= before - REACH_MENTIONS && out.length < wanted; k--) {
    const m = named[k]!;
    if (sentence - view.sentence[m.token]! > REACH) break;
    if (outside && m.quoted) continue;
    const type = m.cluster.type;
    const fits = kind === 'plural' ? type === 'group' : type === 'person';
    if (fits && !out.includes(m.cluster)) out.push(m.cluster);
  }
  return out.length === wanted ? out : [];
}
