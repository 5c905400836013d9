// The result contract (../shared/CONTRACT.md) and the shapes the pipeline and its stages share.
// Fields may be added; none may be renamed, dropped or change meaning without a major version.

/** UTF-16 offsets into the input; always `input.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'
  | 'date'
  | 'time';

export interface Token extends Span {
  kind: TokenKind;
}

export interface Sentence extends Span {
  /** "Baca Juga …", "Simak video …", credits, ads; never the dateline's sentence. */
  boilerplate: boolean;
}

export type ActorType = 'person' | 'organization' | 'location' | 'group';

export interface Mention extends Span {
  role: 'name' | 'alias' | 'pronoun' | 'title';
}

export interface Actor {
  /** Unique within the result. */
  id: string;
  /** Canonical, fullest form ("Vladimir Putin"). */
  name: string;
  type: ActorType;
  /** Every surface form seen for it, pronouns excluded. */
  aliases: string[];
  /** "Presiden Rusia". */
  titles: string[];
  /** Every occurrence, pronouns included. */
  mentions: Mention[];
  /** The dictionary entry's id when it came from one. */
  ref?: string;
  /** True when every mention lies in boilerplate (related-article links, credits). */
  boilerplate?: boolean;
}

export type TimeKind = 'date' | 'time' | 'range' | 'duration' | 'set';
export type TimePrecision = 'year' | 'month' | 'week' | 'day' | 'minute';

export interface TimeExpression extends Span {
  /** ISO / TIMEX3: 2024-11-09, 2024-06, 2024, 2024-W45, 2024-11-09T14:30, A/B ranges, P3D durations. */
  value: string;
  kind: TimeKind;
  precision: TimePrecision;
  /** Resolved against documentDate. */
  relative: boolean;
  /** A weekday written next to a date it does not fall on; the written date wins. */
  conflict?: boolean;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  /** Actor.id */
  speaker: string | null;
  speakerMention: Span | null;
  /** The speech verb or marker ("tutur", "mengatakan", "menurut"). */
  cue: Span | null;
  /** Actor.id of a cited medium ("dikutip dari Reuters"). */
  source: string | null;
}

export interface Event {
  type: 'statement' | 'action';
  /** The verb as written, and its root ("menandatangani" → "tanda tangan"). */
  trigger: Span & { lemma: string };
  actors: string[];
  targets: string[];
  /** TimeExpression.value that applies. */
  date: string | null;
  /** Actor.id */
  location: string | null;
  /** Index into quotes, for statements. */
  quote: number | null;
  negated: boolean;
  /** Index into sentences. */
  sentence: number;
  /** A kind users can count (statement, agreement, meeting, …), from the event-verb dictionary. */
  category?: string;
}

/** The layers the stages fill, in the order they run. */
export interface Layers {
  tokens: Token[];
  sentences: Sentence[];
  actors: Actor[];
  dates: TimeExpression[];
  quotes: Quote[];
  events: Event[];
}

export interface ExtractionResult extends Layers {
  /** The input, unchanged. */
  text: string;
  /** The anchor actually used (ISO date). */
  documentDate: string | null;
  /** What custom stages wrote under doc.extensions. */
  extensions: Record<string, unknown>;
  /** Per-stage milliseconds, with `{ profile: true }`. */
  profile?: StageTiming[];
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface ExtractOptions {
  /** Publication date: anchor for "kemarin", "Sabtu lalu", "(9/11)". Default: the dateline's date if any, else none. */
  documentDate?: string | Date;
  /** A custom pipeline (default: the shipped one). */
  pipeline?: Pipeline;
  /** Added to the pipeline's dictionaries for this call. */
  dictionaries?: Dictionary[];
  /** Record per-stage timings in `result.profile`. */
  profile?: boolean;
}

// ---- dictionaries -----------------------------------------------------------

/** A role that holds for a time, so that "Presiden" alone can resolve by the document date. */
export interface DatedRole {
  title: string;
  /** ISO date, inclusive. */
  from?: string;
  /** ISO date, exclusive. */
  to?: string;
}

/** A known actor: a person, organization, place or group. */
export interface ActorEntry {
  id: string;
  name: string;
  type: ActorType;
  aliases?: string[];
  titles?: string[];
  roles?: DatedRole[];
  /** ISO 3166-1 alpha-2 code of the country it belongs to. */
  country?: string;
  /** Id of the entry it is part of (a regency's province, a ministry's government). */
  parent?: string;
  /** Finer kind within the type: country, province, regency, city, ministry, party, outlet, … */
  subtype?: string;
  /** "warga Rusia" → the people of a country. */
  demonyms?: string[];
}

/** One form in a word list (titles, speech verbs, months, stop words, boilerplate markers …). */
export interface WordEntry {
  /** The form as written; several tokens are separated by spaces ("Wali Kota", "dikutip dari"). */
  form: string;
  /** The root or canonical form ("mengatakan" → "kata"). */
  lemma?: string;
  /** The category within the list: a speech verb's kind (say, state, deny …), a title's kind (office, rank, honorific). */
  kind?: string;
  /** A number the list gives the form (month 1–12, weekday 1–7, UTC offset in minutes …). */
  value?: number;
  /** Match only with this exact case (ranks such as "AKP", abbreviations such as "Dr."). */
  caseSensitive?: boolean;
}

/** A validated dictionary, as `loadDictionary` returns it. */
export interface Dictionary {
  /** Names the dictionary in errors and in overrides ("countries", "my-politicians"). */
  name: string;
  /** Known actors; a later dictionary's entry replaces an earlier one with the same id. */
  actors?: ActorEntry[];
  /** Word lists by list name ("titles", "speech-verbs", "calendar" …); later dictionaries add forms. */
  words?: Record<string, WordEntry[]>;
  /** Names of earlier dictionaries to switch off ("regions"). */
  disables?: string[];
}

// ---- the pipeline -------------------------------------------------------------

/** The working document a stage reads and writes. */
export interface Doc extends Layers {
  readonly text: string;
  documentDate: string | null;
  /** Custom stages write here, under their own name. */
  extensions: Record<string, unknown>;
  /**
   * Intermediate layers the shipped stages share (the dateline, pronoun links …), by the name of
   * the stage that wrote them. Not part of the result.
   */
  layers: Record<string, unknown>;
}

export interface StageContext {
  options: ExtractOptions;
  pipeline: Pipeline;
  /** The compiled dictionaries in force for this run. */
  lexicon: import('./lexicon/lexicon.js').Lexicon;
}

export interface Stage {
  name: string;
  run(doc: Doc, context: StageContext): void;
}

export interface StagePosition {
  before?: string;
  after?: string;
}

export interface Pipeline {
  /** Stage names, in run order. */
  readonly stages: readonly string[];
  use(stage: Stage, where?: StagePosition): Pipeline;
  replace(name: string, stage: Stage): Pipeline;
  remove(name: string): Pipeline;
  run(text: string, options?: ExtractOptions): ExtractionResult;
}
