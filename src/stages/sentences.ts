// Stage `sentences`: sentence spans over the tokens.
// Reads: doc.tokens, the lexicon's `abbreviations` list (kind `terminal` may end a sentence).
// Writes: doc.sentences (boilerplate false; the `boilerplate` stage flags them).
//
// A line break always ends a sentence. Otherwise a sentence ends after ". ! ? …" (and the closing
// quotes and brackets that follow them) when the next word opens a new sentence: a capital, a
// digit, an opening quote. ",” tutur Xi." stays one sentence because the comma does not end it.
import type { Sentence, Stage, Token } from '../types.js';
import type { WordList } from '../lexicon/lexicon.js';
import { hasLineBreak } from '../spans.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);
const OPENERS = new Set(['"', '“', '”', '‘', "'", '(', '[', '«', '‹', '-', '–', '—', '•', '*']);
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const QUOTE_MARKS = new Set(['"', '“', '”']);

/** "!!", "?!": the tokenizer keeps repeated marks together. */
const REPEATED_TERMINAL = /^[!?]{2,}$/;

function isTerminal(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  if (t.text.length === 1) return TERMINAL.has(t.text);
  const c = t.text.charCodeAt(0);
  return (c === 0x21 || c === 0x3f) && REPEATED_TERMINAL.test(t.text);
}

/** Whether the token could start a sentence. */
function opensSentence(t: Token): boolean {
  if (t.kind === 'punct') return OPENERS.has(t.text);
  return UPPER_OR_DIGIT.test(t.text) || t.kind === 'url' || t.kind === 'emoji' || t.kind === 'hashtag' || t.kind === 'mention';
}

/**
 * For each token, the index of the token that closes the quotation it is inside, or -1: a quote
 * that spans sentences ("Kami siap. Semua tim sudah di lokasi," ujar Budi.) stays one sentence.
 * Only a quote closed on the same line counts, so an unbalanced mark never joins the rest.
 */
function quoteClosers(text: string, tokens: readonly Token[]): Int32Array {
  const closer = new Int32Array(tokens.length).fill(-1);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const opens = t.text === '“' || ((t.text === '"' || t.text === '”') && (i === 0 || tokens[i - 1]!.end < t.start || /[(\[]/.test(tokens[i - 1]!.text)));
    if (!opens) {
      i++;
      continue;
    }
    // The next quotation mark on the line decides: a closing one makes a quotation, anything else does not.
    let j = i + 1;
    while (j < tokens.length && !QUOTE_MARKS.has(tokens[j]!.text) && !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
    const closes = j < tokens.length && tokens[j]!.text !== '“' && !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start) && tokens[j - 1]!.end === tokens[j]!.start;
    if (closes) closer.fill(j, i + 1, j);
    i = closes ? j + 1 : j;
  }
  return closer;
}

export function splitSentences(text: string, tokens: readonly Token[], abbreviations: WordList): Sentence[] {
  const sentences: Sentence[] = [];
  const closer = quoteClosers(text, tokens);
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
      const spaced = after !== undefined && after.start > tokens[last]!.end;
      // A full stop of its own is never an abbreviation's (those keep their period), so it ends the
      // sentence before a lowercase word too; "?" and "!" before one are inside speech ("Apa?" tanya dia).
      const inEllipsis = tokens[i - 1]?.text === '.' && tokens[i - 1]!.end === t.start;
      const fullStopBeforeWord = t.text === '.' && !inEllipsis && last === i && after?.kind === 'word';
      const insideQuote = closer[i]! > last;
      // Scraped text glues the next quotation to the full stop: "…selesai.“Saya …".
      const gluedOpener = !spaced && after?.text === '“';
      if (!after || hasLineBreak(text, tokens[last]!.end, after.start) || (!insideQuote && ((spaced && (opensSentence(after) || fullStopBeforeWord)) || gluedOpener))) {
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
