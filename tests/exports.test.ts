import { expect, it } from 'vitest';
import * as warta from '../src/index.js';

// The public API: adding an export is a decision, so this list changes only on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(warta).sort()).toEqual(['DictionaryError', 'createPipeline', 'extractEvents', 'lemmatize', 'loadDictionary', 'splitClitics']);
});
