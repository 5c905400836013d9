// Pronoun mentions and the actor each points back to: "ia", "dia", "beliau" to the last person
// named, "-nya" of a speech verb ("ujarnya") to the last person named outside the quotation,
// "mereka" to the last group, "keduanya" to the last two people.
import { splitClitics } from '../../morphology/clitics.js';
import { Shape, type TokenView } from './tokenView.js';
import { Word, type ActorVocabulary } from './vocabulary.js';
import type { Cluster } from './coreference.js';

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
}

interface Named {
  cluster: Cluster;
  token: number;
  quoted: boolean;
}

/** Mentions of people and groups in text order, for the pronouns to look back over. */
function namedInOrder(clusters: readonly Cluster[], view: TokenView): Named[] {
  const out: Named[] = [];
  for (const cluster of clusters) {
    for (const m of cluster.mentions) {
      if (m.role === 'pronoun' || view.boilerplate[m.first]) continue;
      out.push({ cluster, token: m.first, quoted: view.quoted[m.first] === 1 });
    }
  }
  return out.sort((a, b) => a.token - b.token);
}

export function findPronouns(view: TokenView, vocabulary: ActorVocabulary, clusters: readonly Cluster[]): PronounMention[] {
  const named = namedInOrder(clusters, view);
  const found: PronounMention[] = [];
  let cursor = 0;
  for (let i = 0; i < view.length; i++) {
    // Most words are neither a pronoun nor a speech verb with "-nya": one bit test each.
    if (!view.is(i, Word.Pronoun | Word.SpeechNya)) continue;
    const t = view.tokens[i]!;
    if (t.kind !== 'word' || view.boilerplate[i]) continue;
    while (cursor < named.length && named[cursor]!.token < i) cursor++;
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
    if (clusters.length) found.push({ start, end: t.end, clusters });
  }
  return found;
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
