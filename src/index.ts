// warta: who did and said what, when, in Indonesian news text.
import { createPipeline } from './pipeline.js';
import { checkOptions, checkText } from './options.js';
import type { ExtractionResult, ExtractOptions, Pipeline } from './types.js';

export { createPipeline } from './pipeline.js';
export type { PipelineOptions } from './pipeline.js';
export { loadDictionary, DictionaryError } from './lexicon/load.js';
export { splitClitics } from './morphology/clitics.js';
export { lemmatize } from './morphology/lemma.js';
export type * from './types.js';
export type { Lexicon, WordList, WordMatch, ActorMatch } from './lexicon/lexicon.js';
export type { RoleHolder, RoleQuery } from './lexicon/roles.js';

/** Never handed out, so no caller can change it; its dictionaries compile on first use. */
const defaultPipeline: Pipeline = createPipeline();

/** Actors, dates, quotes and events of an Indonesian news text, with exact spans. */
export function extractEvents(text: string, options: ExtractOptions = {}): ExtractionResult {
  checkText(text);
  checkOptions(options);
  return (options.pipeline ?? defaultPipeline).run(text, options);
}
