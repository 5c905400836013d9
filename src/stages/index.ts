// The shipped stages, in run order. Each file's header says what it reads and writes.
import type { Stage } from '../types.js';
import { createTokenizeStage } from './tokenize.js';
import { createSentencesStage } from './sentences.js';
import { createBoilerplateStage } from './boilerplate.js';
import { createDatesStage } from './dates.js';
import { createActorsStage } from './actors.js';
import { createQuotesStage } from './quotes.js';
import { createEventsStage } from './events.js';

export function createDefaultStages(): Stage[] {
  return [createTokenizeStage(), createSentencesStage(), createBoilerplateStage(), createDatesStage(), createActorsStage(), createQuotesStage(), createEventsStage()];
}
