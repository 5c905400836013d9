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
import { foldedHash, foldForMatch, Hash, hashOfFolded } from '../lexicon/normalize.js';

const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
/** Any opening bracket in a token's text ("(", "["). */
const OPENING_BRACKET = /[(\[]/;

/** " “ ”, found in one pass where three searches of the text for each mark took twice the time. */
const DOUBLE_QUOTE_MARK = /["“”]/;

/** "!!", "?!": the tokenizer keeps repeated marks together. */
const REPEATED_TERMINAL = /^[!?]{2,}$/;

// Marks are told by their code in the document's text, never by comparing the tokens' strings:
// reading the text where a token stands costs one array read, each token's own string a load more.
// A const enum: its members are written into the code as numbers, where module constants are read
// from the module scope at each use.
const enum Mark {
  FullStop = 0x2e,
  LeftDoubleQuote = 0x201c,
  RightDoubleQuote = 0x201d,
  StraightDoubleQuote = 0x22,
}

/** . ! ? … */
function isTerminalCode(c: number): boolean {
  return c === Mark.FullStop || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** " ” ’ ' ) ] » ›: the closing quotes and brackets a sentence keeps after its final mark. */
function isCloserCode(c: number): boolean {
  return c === Mark.StraightDoubleQuote || c === Mark.RightDoubleQuote || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x203a;
}

/** " “ ” ‘ ' ( [ « ‹ - – — • *: the marks a sentence may open with. */
function isOpenerCode(c: number): boolean {
  return (
    c === Mark.StraightDoubleQuote || c === Mark.LeftDoubleQuote || c === Mark.RightDoubleQuote || c === 0x2018 || c === 0x27 || c === 0x28 || c === 0x5b ||
    c === 0xab || c === 0x2039 || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2a
  );
}

/** " “ ”: the marks a quotation that spans sentences opens and closes with. */
function isQuoteMarkCode(c: number): boolean {
  return c === Mark.StraightDoubleQuote || c === Mark.LeftDoubleQuote || c === Mark.RightDoubleQuote;
}

/** The code of a one-character token, -1 for a longer (or empty) one. */
function markOf(text: string, t: Token): number {
  return t.end - t.start === 1 ? text.charCodeAt(t.start) : -1;
}

function isTerminal(text: string, t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const mark = markOf(text, t);
  if (mark >= 0) return isTerminalCode(mark);
  const c = text.charCodeAt(t.start);
  return (c === 0x21 || c === 0x3f) && REPEATED_TERMINAL.test(t.text);
}

/** Whether a word (or number) starts with a capital or a digit; only a word outside ASCII takes the regex. */
function startsUpperOrDigit(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return UPPER_OR_DIGIT.test(t.text);
}

/** Whether the token could start a sentence. */
function opensSentence(text: string, t: Token): boolean {
  if (t.kind === 'punct') return isOpenerCode(markOf(text, t));
  return startsUpperOrDigit(text, t) || t.kind === 'url' || t.kind === 'emoji' || t.kind === 'hashtag' || t.kind === 'mention';
}

/**
 * The quotations that span sentences ("Kami siap. Semua tim sudah di lokasi," ujar Budi.), which
 * stay one sentence, as pairs of token indices: the opening mark's, then the closing mark's. Only a
 * quote closed on the same line counts, so an unbalanced mark never joins the rest.
 */
function quotations(text: string, tokens: readonly Token[]): number[] {
  const pairs: number[] = [];
  // A third of the texts hold no double quotation mark: found by one search of the text, no token read.
  if (!DOUBLE_QUOTE_MARK.test(text)) return pairs;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const mark = markOf(text, t);
    const opens =
      mark === Mark.LeftDoubleQuote ||
      ((mark === Mark.StraightDoubleQuote || mark === Mark.RightDoubleQuote) && (i === 0 || tokens[i - 1]!.end < t.start || opensBracket(text, tokens[i - 1]!)));
    if (!opens) {
      i++;
      continue;
    }
    // The next quotation mark on the line decides: a closing one makes a quotation, anything else does not.
    let j = i + 1;
    while (j < tokens.length && !isQuoteMarkCode(markOf(text, tokens[j]!)) && !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
    const closes = j < tokens.length && markOf(text, tokens[j]!) !== Mark.LeftDoubleQuote && !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start) && tokens[j - 1]!.end === tokens[j]!.start;
    if (closes) pairs.push(i, j);
    i = closes ? j + 1 : j;
  }
  return pairs;
}

/** Whether a token's text holds an opening bracket. */
function opensBracket(text: string, t: Token): boolean {
  const mark = markOf(text, t);
  return mark >= 0 ? mark === 0x28 || mark === 0x5b : OPENING_BRACKET.test(t.text);
}

/**
 * The word hashes (hashOfFolded) of the abbreviations that may end a sentence (kind `terminal`):
 * a token of one, found by its folded text or written as it is, has its folded form's hash. Most
 * words kept with their period ("H.", "Jl.", "Dr.") are none, and are turned down without a lookup.
 */
export function terminalHashes(abbreviations: WordList): ReadonlySet<number> {
  return new Set(abbreviations.entries.filter((e) => e.kind === 'terminal').map((e) => hashOfFolded(foldForMatch(e.form))));
}

/** Whether word `t`, kept with its period, is an abbreviation that may end a sentence ("dll.", "Tbk."). */
function isTerminalAbbreviation(text: string, t: Token, abbreviations: WordList, terminals: ReadonlySet<number>): boolean {
  const hash = foldedHash(text, t.start, t.end);
  if (hash !== Hash.NotAscii && !terminals.has(hash)) return false;
  return abbreviations.get(t.text)?.some((e) => e.kind === 'terminal') ?? false;
}

/** `terminals` (terminalHashes of `abbreviations`) spares most lookups. */
export function splitSentences(text: string, tokens: readonly Token[], abbreviations: WordList, terminals: ReadonlySet<number>): Sentence[] {
  const sentences: Sentence[] = [];
  // The quotations in order, and the one not yet behind the scan.
  const quoted = quotations(text, tokens);
  let q = 0;
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
    if (isTerminal(text, t)) {
      // The closing quotes and brackets right after the mark belong to this sentence.
      let last = i;
      while (tokens[last + 1] && isCloserCode(markOf(text, tokens[last + 1]!)) && tokens[last + 1]!.start === tokens[last]!.end) last++;
      const after = tokens[last + 1];
      const spaced = after !== undefined && after.start > tokens[last]!.end;
      // A full stop of its own is never an abbreviation's (those keep their period), so it ends the
      // sentence before a lowercase word too; "?" and "!" before one are inside speech ("Apa?" tanya dia).
      const inEllipsis = i > 0 && markOf(text, tokens[i - 1]!) === Mark.FullStop && tokens[i - 1]!.end === t.start;
      const fullStopBeforeWord = markOf(text, t) === Mark.FullStop && !inEllipsis && last === i && after?.kind === 'word';
      // Inside a quotation when its closing mark comes after the closers: "… siap. Semua …".
      while (q < quoted.length && quoted[q + 1]! <= i) q += 2;
      const insideQuote = q < quoted.length && quoted[q]! < i && quoted[q + 1]! > last;
      // Scraped text glues the next quotation to the full stop: "…selesai.“Saya …".
      const gluedOpener = !spaced && after !== undefined && markOf(text, after) === Mark.LeftDoubleQuote;
      if (!after || hasLineBreak(text, tokens[last]!.end, after.start) || (!insideQuote && ((spaced && (opensSentence(text, after) || fullStopBeforeWord)) || gluedOpener))) {
        i = last;
        close(i);
        continue;
      }
    } else if (t.kind === 'word' && text.charCodeAt(t.end - 1) === Mark.FullStop && next.start > t.end && startsUpperOrDigit(text, next)) {
      // "dll." or "Tbk." may end a sentence; "Dr." and "H." never do.
      endsHere = isTerminalAbbreviation(text, t, abbreviations, terminals);
    }
    if (endsHere) close(i);
  }
  if (tokens.length) close(tokens.length - 1);
  return sentences;
}

export function createSentencesStage(): Stage {
  // Per word list (one per lexicon): the hashes of its terminal forms.
  const terminals = new WeakMap<WordList, ReadonlySet<number>>();
  return {
    name: 'sentences',
    run(doc, { lexicon }) {
      const abbreviations = lexicon.words('abbreviations');
      let known = terminals.get(abbreviations);
      if (!known) {
        known = terminalHashes(abbreviations);
        terminals.set(abbreviations, known);
      }
      doc.sentences = splitSentences(doc.text, doc.tokens, abbreviations, known);
    },
  };
}
