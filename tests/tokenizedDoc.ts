import type { Doc } from '../src/types.js';
import { tokenize } from '../src/stages/tokenize.js';

/** A working document with only its tokens filled (no abbreviations kept): for the shared token layers. */
export function tokenizedDoc(text: string): Doc {
  return { text, documentDate: null, tokens: tokenize(text, { has: () => false }), sentences: [], actors: [], dates: [], quotes: [], events: [], extensions: {}, layers: {} };
}
