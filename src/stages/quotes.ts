// Stage `quotes`: direct and indirect reported speech, with speaker, cue and cited source.
// Reads: doc.tokens, doc.sentences (and their boilerplate flags), doc.layers.boilerplate (the
// dateline), doc.actors (mentions, pronoun links, titles), the lexicon's `speech-verbs`,
// `speech-markers`, `speaker-pronouns`, `speaker-bodies`, `clause-markers`, `clause-nonverbs`,
// `speaker-boundaries`, `speaker-coordinators`, `clause-linkers`, `clause-joiners`, `speech-joiners`,
// `not-spoken-after`, `anaphoric-heads` and `titles` lists.
// Writes: doc.quotes (in text order), doc.layers.quotes (QuotesLayer).
//
// Quotation marks are paired first (quotes/marks.ts); the quoted spans that are speech become
// direct quotes with the attribution after or before them (quotes/direct.ts), or the one of the
// quote they continue (quotes/neighbours.ts). Speech verbs and "menurut" outside quotes give the
// indirect quotes (quotes/indirect.ts). Speakers resolve to actors last, in text order
// (quotes/resolve.ts); media after "dikutip dari" are sources (quotes/sources.ts).
import type { Quote, Stage } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Candidate } from './quotes/candidate.js';
import { compileQuoteLexicon, indexSpeech, type QuoteLexicon } from './quotes/cues.js';
import { findDirect } from './quotes/direct.js';
import { findIndirect } from './quotes/indirect.js';
import { pairQuotes } from './quotes/marks.js';
import { linkNeighbours } from './quotes/neighbours.js';
import { resolveSpeakers } from './quotes/resolve.js';
import { findSources, sourceIn } from './quotes/sources.js';
import { QuoteView, ViewArena } from './quotes/view.js';
import { sortUnlessOrdered } from '../order.js';

/** What the quotes stage knows about each quote beyond the contract (same order as doc.quotes). */
export interface QuoteCueInfo {
  /** The cue's root ("mengatakan" → "kata"); "menurut" for "Menurut X, …"; null without a cue. */
  lemma: string | null;
  /** The speech verb's kind from the dictionary (say, state, deny, ask …), "according" for "menurut". */
  kind: string | null;
  /** Index into doc.sentences of the sentence that holds the cue (else the quote's first word). */
  sentence: number;
}

export interface QuotesLayer {
  quotes: QuoteCueInfo[];
}

export function createQuotesStage(): Stage {
  // Compiled per lexicon: a pipeline keeps one lexicon per dictionary set.
  const compiled = new WeakMap<Lexicon, QuoteLexicon>();
  const arena = new ViewArena();
  return {
    name: 'quotes',
    run(doc, { lexicon }) {
      let ql = compiled.get(lexicon);
      if (!ql) {
        ql = compileQuoteLexicon(lexicon);
        compiled.set(lexicon, ql);
      }
      const view = new QuoteView(doc, arena);
      const speech = indexSpeech(view, ql);
      const spans = pairQuotes(view);
      const { candidates: direct, inDirect } = findDirect(view, ql, spans);
      const usedCues = new Set<number>();
      for (const c of direct) if (c.attribution) usedCues.add(c.attribution.token);
      const candidates: Candidate[] = sortUnlessOrdered(direct.concat(findIndirect(view, ql, speech, inDirect, usedCues)), (a, b) => a.first - b.first);
      linkNeighbours(view, ql, candidates);
      const speakers = resolveSpeakers(view, ql, candidates);
      const sources = findSources(view, speech);
      const quotes: Quote[] = [];
      const info: QuoteCueInfo[] = [];
      candidates.forEach((c, i) => {
        const { tokens, text } = view;
        const start = tokens[c.first]!.start;
        const end = tokens[c.last]!.end;
        const at = c.attribution ? c.attribution.token : c.first;
        const sentence = view.sentenceOf[at]!;
        const source = sources.length ? sourceIn(sources, sentence) : -1;
        const speaker = speakers[i]!;
        // Built field by field: an object spread here costs more than the rest of the stage.
        quotes.push({
          start,
          end,
          text: text.slice(start, end),
          kind: c.kind,
          speaker: speaker.actor >= 0 ? doc.actors[speaker.actor]!.id : null,
          speakerMention: speaker.mention,
          cue: c.attribution ? c.attribution.cue : null,
          source: source >= 0 && source !== speaker.actor ? doc.actors[source]!.id : null,
        });
        info.push({ lemma: c.attribution?.lemma ?? null, kind: c.attribution?.kind ?? null, sentence });
      });
      doc.quotes = quotes;
      const layer: QuotesLayer = { quotes: info };
      doc.layers.quotes = layer;
    },
  };
}
