// Named stages in order, each reading the layers before it and writing its own.
// A pipeline owns its stages and dictionaries: changing one never changes another.
import type { Dictionary, Doc, ExtractionResult, ExtractOptions, Pipeline, Stage, StagePosition, StageTiming } from './types.js';
import { compileLexicon, type Lexicon } from './lexicon/lexicon.js';
import { loadDictionary } from './lexicon/load.js';
import { Int32Slab } from './lexicon/normalize.js';
import { SHIPPED_DICTIONARIES } from './lexicon/shipped.js';
import { checkOptions, checkPipelineOptions, checkText, normalizeDocumentDate } from './options.js';
import { createDefaultStages } from './stages/index.js';

export interface PipelineOptions {
  /** Added to the shipped dictionaries (later ones override earlier ones by id). */
  dictionaries?: Dictionary[];
  /** Start from these dictionaries instead of the shipped ones. */
  shippedDictionaries?: Dictionary[];
  /** Stages instead of the shipped ones. */
  stages?: Stage[];
}

/** How many distinct per-call dictionary sets a pipeline keeps compiled. */
const PER_CALL_LEXICONS = 4;

function checkStage(stage: unknown): asserts stage is Stage {
  const s = stage as Partial<Stage> | null;
  if (!s || typeof s !== 'object' || typeof s.name !== 'string' || !s.name || typeof s.run !== 'function') {
    throw new TypeError(`a stage must be an object with a non-empty string "name" and a "run(doc, context)" function; got ${describe(stage)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without them' : `${typeof value}`;
}

class StagePipeline implements Pipeline {
  // Never changed in place: use, replace and remove put a new list here, so that a run goes on
  // through the stages it started with, without a copy per run, even when one of them changes the pipeline.
  private list: readonly Stage[];
  private readonly baseDictionaries: readonly Dictionary[];
  private baseLexicon: Lexicon | null = null;
  private readonly perCall: { key: readonly Dictionary[]; lexicon: Lexicon }[] = [];
  /** Where the runs' per-document typed arrays are cut from (see Int32Slab). */
  private readonly slab = new Int32Slab();

  constructor(stages: Stage[], dictionaries: readonly Dictionary[]) {
    this.list = stages;
    this.baseDictionaries = dictionaries;
  }

  get stages(): readonly string[] {
    return this.list.map((s) => s.name);
  }

  private indexOf(name: string, verb: string): number {
    const i = this.list.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`${verb}: no stage named "${name}"; the stages are: ${this.stages.join(', ')}`);
    return i;
  }

  use(stage: Stage, where: StagePosition = {}): Pipeline {
    checkStage(stage);
    if (this.list.some((s) => s.name === stage.name)) {
      throw new Error(`use: a stage named "${stage.name}" is already in the pipeline; use replace("${stage.name}", stage) to swap it`);
    }
    if (where.before !== undefined && where.after !== undefined) throw new Error('use: give "before" or "after", not both');
    const at = where.before !== undefined ? this.indexOf(where.before, 'use') : where.after !== undefined ? this.indexOf(where.after, 'use') + 1 : this.list.length;
    this.list = [...this.list.slice(0, at), stage, ...this.list.slice(at)];
    return this;
  }

  replace(name: string, stage: Stage): Pipeline {
    checkStage(stage);
    const at = this.indexOf(name, 'replace');
    this.list = this.list.map((s, k) => (k === at ? stage : s));
    return this;
  }

  remove(name: string): Pipeline {
    const at = this.indexOf(name, 'remove');
    this.list = this.list.filter((_, k) => k !== at);
    return this;
  }

  /** The lexicon for a call: the pipeline's own, or one with the call's dictionaries added. */
  private lexiconFor(extra: readonly Dictionary[] | undefined): Lexicon {
    if (!extra || extra.length === 0) return (this.baseLexicon ??= compileLexicon(this.baseDictionaries));
    const cached = this.perCall.find((c) => c.key.length === extra.length && c.key.every((d, i) => d === extra[i]));
    if (cached) return cached.lexicon;
    // Per-call dictionaries may come straight from users: validated (and copied) like any other.
    const lexicon = compileLexicon([...this.baseDictionaries, ...extra.map((d) => loadDictionary(d))]);
    this.perCall.unshift({ key: [...extra], lexicon });
    if (this.perCall.length > PER_CALL_LEXICONS) this.perCall.pop();
    return lexicon;
  }

  run(text: string, options: ExtractOptions = {}): ExtractionResult {
    checkText(text);
    checkOptions(options);
    const lexicon = this.lexiconFor(options.dictionaries);
    const doc: Doc = {
      text,
      documentDate: normalizeDocumentDate(options.documentDate),
      tokens: [],
      sentences: [],
      actors: [],
      dates: [],
      quotes: [],
      events: [],
      extensions: {},
      layers: { int32Slab: this.slab },
    };
    const context = { options, pipeline: this as Pipeline, lexicon };
    const profile: StageTiming[] | undefined = options.profile ? [] : undefined;
    const stages = this.list;
    for (let k = 0; k < stages.length; k++) {
      const stage = stages[k]!;
      const began = profile ? performance.now() : 0;
      stage.run(doc, context);
      if (profile) profile.push({ stage: stage.name, ms: performance.now() - began });
    }
    const result: ExtractionResult = {
      text,
      documentDate: doc.documentDate,
      tokens: doc.tokens,
      sentences: doc.sentences,
      actors: doc.actors,
      dates: doc.dates,
      quotes: doc.quotes,
      events: doc.events,
      extensions: doc.extensions,
    };
    if (profile) result.profile = profile;
    return result;
  }
}

/** A new, independent pipeline with the shipped stages and dictionaries (plus `dictionaries`). */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  checkPipelineOptions(options);
  const base = options.shippedDictionaries ? options.shippedDictionaries.map((d) => loadDictionary(d)) : SHIPPED_DICTIONARIES;
  const added = (options.dictionaries ?? []).map((d) => loadDictionary(d));
  const stages = options.stages ? [...options.stages] : createDefaultStages();
  stages.forEach(checkStage);
  return new StagePipeline(stages, [...base, ...added]);
}
