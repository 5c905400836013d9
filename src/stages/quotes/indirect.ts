// Indirect speech: a speech verb or "menurut" outside quotation marks, and the clause it reports.
//
// - active: "Budi mengatakan (bahwa) …", "Budi mengatakan pada Kamis bahwa …", "Ia menambahkan, …";
// - "Menurut Budi, …" and, after the clause, "…, menurut Budi.";
// - after the clause: "…, kata Budi." / "…, ujarnya." / "KPK, katanya, akan …";
// - passive at the head of the sentence: "Dikatakan Budi, …".
// The content runs from after the cue (or "bahwa") to the end of its clause: the sentence end, a
// quote, a semicolon, an attribution tail (", kata X", ", seperti dilansir AFP"), or a second speech
// verb joined by "dan". Without "bahwa" or a comma, the content must read as a clause (a verb, an
// auxiliary, a negation …) unless the verb takes any complement: "menyatakan dukungan" is an
// action with an object, "menyatakan telah menurunkan tim" reports speech.
import { spanAt } from '../../spans.js';
import type { Attribution, Candidate } from './candidate.js';
import type { CueHit, QuoteLexicon, SpeechIndex } from './cues.js';
import { attributionOfCue } from './direct.js';
import { markAt } from './marks.js';
import { phraseAfter, speakerBefore, speakerOfClitic, speakerOfPhrase, type SpeakerRef } from './speakers.js';
import { hashesOf, mayBeOneOf, type DocView } from './view.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const RELATIVE_HASHES = hashesOf(['yang']);
/** Tokens looked ahead from a cue for a "bahwa" after an adjunct ("mengatakan pada Kamis (7/11) bahwa"). */
const MAX_TO_THAT = 12;
/** Tokens between "menurut" and its comma. */
const MAX_ACCORDING = 14;
/** Longest reported clause, in tokens: keeps the scan linear on run-on "sentences". */
const MAX_CLAUSE = 150;

interface Content {
  first: number;
  last: number;
  /** The content follows "bahwa", "agar" or a comma, so it is a clause whatever its shape. */
  marked: boolean;
}

function sameSentence(view: DocView, a: number, b: number): boolean {
  return b >= 0 && b < view.tokens.length && view.sentenceOf[a] === view.sentenceOf[b] && view.lineOf[a] === view.lineOf[b];
}

function isPunct(view: DocView, i: number, text: string): boolean {
  const t = view.tokens[i];
  return !!t && t.kind === 'punct' && t.text === text;
}

/** Where the clause that starts at `from` ends (inclusive), in the sentence of `from`. */
function clauseEnd(view: DocView, ql: QuoteLexicon, from: number, inQuote: Uint8Array): number {
  const { tokens } = view;
  let last = from - 1;
  // The view's flags, not the token objects: only punctuation is read as written.
  for (let i = from; i < tokens.length && i - from < MAX_CLAUSE && sameSentence(view, from, i); i++) {
    if (inQuote[i] && markAt(view, i)) break;
    if (view.isPunctuation(i)) {
      const text = tokens[i]!.text;
      if (text === ';') break;
      if (text === ',' && i + 1 < tokens.length && sameSentence(view, i, i + 1) && tailFollows(view, ql, i + 1)) break;
    } else if (view.isWord(i) && ql.isJoiner(view, i) && i + 1 < tokens.length) {
      const next = ql.cueAt(view, i + 1);
      if (next && next.voice === 'active') break;
    }
    last = i;
  }
  while (last >= from && tokens[last]!.kind === 'punct' && (TERMINAL.has(tokens[last]!.text) || tokens[last]!.text === ',')) last--;
  return last;
}

/** An attribution tail after a comma: ", kata Budi", ", ujarnya", ", seperti dilansir AFP", ", menurut Budi". */
function tailFollows(view: DocView, ql: QuoteLexicon, i: number): boolean {
  let j = i;
  if (view.fold(j) === 'demikian') j++;
  const cue = ql.cueAt(view, j);
  if (cue && (cue.voice === 'bare' || cue.voice === 'clitic' || cue.voice === 'passive')) return true;
  const marker = ql.markerAt(view, j);
  return !!marker && marker.kind !== 'anaphor';
}

/** Whether [first, last] reads as a clause: a verb or an auxiliary outside a relative clause. */
function readsAsClause(view: DocView, ql: QuoteLexicon, first: number, last: number): boolean {
  let words = 0;
  let predicate = false;
  for (let i = first; i <= last; i++) {
    if (!view.isWord(i)) continue;
    words++;
    if (mayBeOneOf(view, i, RELATIVE_HASHES) && view.fold(i) === 'yang') {
      // "nama pemain yang dipanggil": the relative clause's own verb, after its auxiliaries, does not count.
      let k = i + 1;
      while (k <= last && view.isWord(k) && ql.isClauseMarker(view, k)) k++;
      i = k;
      continue;
    }
    if (view.isCapitalized(i)) continue;
    if (ql.isClauseMarker(view, i) || ql.isVerbLike(view, i) || ql.isPurpose(view, i)) predicate = true;
  }
  return predicate && words >= 2;
}

/** The content after a cue at `cue`, or null when nothing reported follows. */
function contentAfter(view: DocView, ql: QuoteLexicon, cue: number, inQuote: Uint8Array): Content | null {
  const { tokens } = view;
  let i = cue + 1;
  if (!sameSentence(view, cue, i)) return null;
  let marked = false;
  if (isPunct(view, i, ',') || isPunct(view, i, ':')) {
    i++;
    marked = true;
  } else if (ql.isThat(view.fold(i)) || ql.isPurpose(view, i)) {
    if (ql.isThat(view.fold(i))) i++;
    marked = true;
  } else {
    // "mengatakan pada Kamis (7/11/2024) bahwa …": skip the adjunct when a "bahwa" closes it.
    const kind = view.isWord(i) ? ql.boundary(view, i) : undefined;
    if (kind === 'preposition' || kind === 'affiliation' || kind === 'time' || kind === 'weekday' || tokens[i]!.kind === 'date') {
      for (let k = i + 1; k < tokens.length && k - cue <= MAX_TO_THAT && sameSentence(view, cue, k); k++) {
        if (inQuote[k] || isPunct(view, k, '.')) break;
        if (ql.isThat(view.fold(k))) {
          i = k + 1;
          marked = true;
          break;
        }
      }
    }
  }
  if (!sameSentence(view, cue, i) || inQuote[i]) return null;
  const last = clauseEnd(view, ql, i, inQuote);
  if (last < i) return null;
  return { first: i, last, marked };
}

/**
 * Objects that point back instead of reporting: "mengatakan hal itu kepada wartawan",
 * "menyampaikan demikian". "mengatakan hal itu merupakan pelanggaran" reports a clause.
 */
function pointsBack(view: DocView, ql: QuoteLexicon, content: Content): boolean {
  if (!ql.isAnaphoricHead(view.fold(content.first))) return false;
  let rest = content.first + 1;
  if (rest <= content.last && ql.boundary(view, rest) === 'demonstrative') rest++;
  return rest > content.last || !readsAsClause(view, ql, rest, content.last);
}

/**
 * A root used as the verb after its subject: "Ia yakin bahwa …", "Budi bilang, …". Only right
 * after a pronoun or a name, and only before "bahwa" or a comma, since the roots are also
 * adjectives and nouns ("sudah jelas", "kata kunci").
 */
function usedAsVerb(view: DocView, ql: QuoteLexicon, i: number): boolean {
  if (i === 0 || !(ql.isThat(view.fold(i + 1)) || isPunct(view, i + 1, ','))) return false;
  if (ql.pronoun(view.fold(i - 1)) !== undefined) return true;
  const named = view.mentionCovering(view.tokens[i - 1]!.start, view.tokens[i - 1]!.end);
  return named !== null && named.role !== 'pronoun';
}

function accepts(view: DocView, ql: QuoteLexicon, kind: string, content: Content): boolean {
  if (content.marked) return true;
  // "mengatakan kepada wartawan di Jakarta.": an adjunct, and nothing reported.
  const complement = ql.complement(kind);
  if (complement === 'marked') return false;
  const head = view.isWord(content.first) ? ql.boundary(view, content.first) : undefined;
  if (head === 'conjunction' || head === 'relative' || pointsBack(view, ql, content)) return false;
  // "mengatakan kepada wartawan di Jakarta.": an adjunct and nothing reported, unless a clause
  // follows it ("mengatakan hingga Rabu pukul 08.00 WIB, tiket yang terjual mencapai …").
  if (head === 'preposition' || head === 'affiliation') return readsAsClause(view, ql, content.first, content.last);
  return complement === 'any' || readsAsClause(view, ql, content.first, content.last);
}

/** The first token of the clause that ends right before token `end` (after a comma), for post-posed cues. */
function clauseBefore(view: DocView, end: number, inQuote: Uint8Array): number {
  const s = view.sentenceOf[end]!;
  let first = Math.max(s >= 0 ? view.sentenceFirst(s) : end, end - MAX_CLAUSE, Math.min(view.bodyFirst, end));
  for (let i = end - 1; i >= first; i--) {
    if (inQuote[i]) {
      first = i + 1;
      break;
    }
  }
  return first;
}

/**
 * Indirect quotes, left to right; a cue inside a quote, inside an earlier indirect quote's
 * content or used by a direct quote's attribution is not read again.
 */
export function findIndirect(view: DocView, ql: QuoteLexicon, speech: SpeechIndex, inQuote: Uint8Array, usedCues: ReadonlySet<number>): Candidate[] {
  const { tokens, text } = view;
  const out: Candidate[] = [];
  let claimed = -1;
  const according = speech.markers.filter((m) => m.kind === 'according');
  // The cues and the "menurut" markers, merged in text order.
  for (let c = 0, m = 0; c < speech.cues.length || m < according.length; ) {
    const cue = speech.cues[c];
    const marker = according[m];
    const useMarker = marker !== undefined && (cue === undefined || marker.token <= cue.token);
    const i = useMarker ? marker.token : cue!.token;
    if (useMarker) m++;
    else c++;
    if (i <= claimed || inQuote[i] || usedCues.has(i) || view.boilerplate(i)) continue;
    const found = useMarker ? fromAccording(view, ql, marker, inQuote) : fromCue(view, ql, cue!, inQuote);
    if (found) {
      out.push(found);
      claimed = Math.max(claimed, found.last);
    }
  }
  return out;

  function fromAccording(view: DocView, ql: QuoteLexicon, marker: SpeechIndex['markers'][number], inQuote: Uint8Array): Candidate | null {
    // "Menurut Budi, …", "Menurutnya, …" or "…, menurut Budi."
    const at = marker.token;
    const after = marker.end;
    let comma = -1;
    for (let k = after; k < tokens.length && k - after < MAX_ACCORDING && sameSentence(view, at, k); k++) {
      if (isPunct(view, k, ',')) {
        comma = k;
        break;
      }
    }
    const cueSpan = spanAt(text, tokens[at]!.start, tokens[after - 1]!.end);
    const attribution = (speaker: SpeakerRef): Attribution => ({ cue: cueSpan, lemma: marker.lemma, kind: 'according', token: at, speaker });
    const named = (from: number, to: number): SpeakerRef | null => {
      if (marker.clitic) return speakerOfClitic(view, marker.clitic);
      const phrase = phraseAfter(view, ql, from);
      if (phrase && phrase[1] <= to) return speakerOfPhrase(view, ql, phrase[0], phrase[1]);
      return to >= from ? speakerOfPhrase(view, ql, from, to) : null;
    };
    if (comma >= after && (comma > after || marker.clitic)) {
      if (inQuote[comma + 1]) return null;
      const speaker = named(after, comma - 1);
      const last = clauseEnd(view, ql, comma + 1, inQuote);
      if (!speaker || last <= comma) return null;
      return { kind: 'indirect', first: comma + 1, last, attribution: attribution(speaker), inherits: -1 };
    }
    if (at > 0 && isPunct(view, at - 1, ',')) {
      const phrase = marker.clitic ? null : phraseAfter(view, ql, after);
      const speaker = marker.clitic ? speakerOfClitic(view, marker.clitic) : phrase ? speakerOfPhrase(view, ql, phrase[0], phrase[1]) : null;
      if (!speaker) return null;
      const first = clauseBefore(view, at - 1, inQuote);
      const last = at - 2;
      if (last < first) return null;
      return { kind: 'indirect', first, last, attribution: attribution(speaker), inherits: -1 };
    }
    return null;
  }

  function fromCue(view: DocView, ql: QuoteLexicon, cue: CueHit, inQuote: Uint8Array): Candidate | null {
    const i = cue.token;
    const prevComma = i > 0 && isPunct(view, i - 1, ',') && sameSentence(view, i, i - 1);
    const s = view.sentenceOf[i]!;
    const sentenceFirst = s >= 0 ? view.sentenceFirst(s) : i;
    if (i > 0 && ql.notSpokenAfter(view.fold(i - 1))) return null;
    if (cue.voice === 'active' || (cue.voice === 'bare' && usedAsVerb(view, ql, i))) {
      const content = contentAfter(view, ql, i, inQuote);
      if (!content || !accepts(view, ql, cue.kind, content)) return null;
      return { kind: 'indirect', first: content.first, last: content.last, attribution: attributionOfCue(view, cue, speakerBefore(view, ql, i, sentenceFirst, inQuote)), inherits: -1 };
    }
    // The cue after its clause: "…, kata Budi." / "…, ujarnya." / "KPK, katanya, akan …".
    if (prevComma && i - 1 > sentenceFirst) {
      let speaker: SpeakerRef | null = null;
      let end = i;
      if (cue.voice === 'clitic' && cue.clitic) speaker = speakerOfClitic(view, cue.clitic);
      else {
        const phrase = phraseAfter(view, ql, i + 1);
        if (phrase) {
          speaker = speakerOfPhrase(view, ql, phrase[0], phrase[1]);
          end = phrase[1];
        }
      }
      if (!speaker) return null;
      const first = clauseBefore(view, i - 1, inQuote);
      let last = i - 2;
      if (isPunct(view, end + 1, ',') && sameSentence(view, i, end + 2) && !inQuote[end + 2]) last = clauseEnd(view, ql, end + 2, inQuote);
      if (last < first) return null;
      return { kind: 'indirect', first, last, attribution: attributionOfCue(view, cue, speaker), inherits: -1 };
    }
    // At the head of the sentence: "Dikatakan Budi, …", "Kata dia, …", "Katanya, …".
    if (i === sentenceFirst) {
      let speaker: SpeakerRef | null = null;
      let comma = -1;
      if (cue.voice === 'clitic' && cue.clitic) {
        speaker = speakerOfClitic(view, cue.clitic);
        comma = isPunct(view, i + 1, ',') ? i + 1 : -1;
      } else {
        const phrase = phraseAfter(view, ql, i + 1);
        if (phrase && isPunct(view, phrase[1] + 1, ',')) {
          speaker = speakerOfPhrase(view, ql, phrase[0], phrase[1]);
          comma = phrase[1] + 1;
        }
      }
      if (!speaker || comma < 0 || inQuote[comma + 1]) return null;
      const last = clauseEnd(view, ql, comma + 1, inQuote);
      if (last <= comma) return null;
      return { kind: 'indirect', first: comma + 1, last, attribution: attributionOfCue(view, cue, speaker), inherits: -1 };
    }
    return null;
  }
}
