// Stage `sentences`: sentence spans over the tokens.
// Reads: doc.tokens, the lexicon's `abbreviations` list (kind `terminal` may end a sentence).
// Writes: doc.sentences (boilerplate false; the `boilerplate` stage flags them).
//
// A line break always ends a sentence. Otherwise a sentence ends after ". ! ? …" (and the closing
// quotes and brackets that follow them) when the next word opens a new sentence: a capital, a
// digit, an opening quote. ",” tutur Xi." stays one sentence because the comma does not end it.
import type { Sentence, Stage, Token } from '../types.js';
import type { WordList } from '../lexicon/lexicon.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '-', '–', '—', '•', '*']);
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function isTerminal(t: Token): boolean {
  return t.kind === 'punct' && (TERMINAL.has(t.text) || /^(?:\.{2,}|[!?]{2,})$/.test(t.text));
}

/** Whether the token could start a sentence. */
function opensSentence(t: Token): boolean {
  if (t.kind === 'punct') return OPENERS.has(t.text);
  return UPPER_OR_DIGIT.test(t.text) || t.kind === 'url' || t.kind === 'emoji' || t.kind === 'hashtag' || t.kind === 'mention';
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (LINE_BREAK.test(text[i]!)) return true;
  return false;
}

export function splitSentences(text: string, tokens: readonly Token[], abbreviations: WordList): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    sentences.push({ start, end, text: text.slice(start, end), boilerplate: false });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, t.end, next.start)) {
      close(i);
      continue;
    }
    let endsHere = false;
    if (isTerminal(t)) {
      // The closing quotes and brackets right after the mark belong to this sentence.
      let last = i;
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
      const after = tokens[last + 1];
      if (!after || hasLineBreak(text, tokens[last]!.end, after.start) || (after.start > tokens[last]!.end && opensSentence(after))) {
        i = last;
        close(i);
        continue;
      }
    } else if (t.kind === 'word' && t.text.endsWith('.') && next.start > t.end && UPPER_OR_DIGIT.test(next.text)) {
      // "dll." or "Tbk." may end a sentence; "Dr." and "H." never do.
      endsHere = abbreviations.get(t.text)?.some((e) => e.kind === 'terminal') ?? false;
    }
    if (endsHere) close(i);
  }
  if (tokens.length) close(tokens.length - 1);
  return sentences;
}

export function createSentencesStage(): Stage {
  return {
    name: 'sentences',
    run(doc, { lexicon }) {
      doc.sentences = splitSentences(doc.text, doc.tokens, lexicon.words('abbreviations'));
    },
  };
}
