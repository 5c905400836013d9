// The dictionaries shipped under dictionaries/, bundled as data (no file system at run time, so
// the library runs in browsers). Validated like a user's dictionary by the tests
// (tests/lexicon/shipped.test.ts), not on every import.
import type { Dictionary } from '../types.js';
import { trustedDictionary } from './load.js';
import abbreviations from '../../dictionaries/abbreviations.json';
import boilerplate from '../../dictionaries/boilerplate.json';
import regions from '../../dictionaries/regions.json';
import titles from '../../dictionaries/titles.json';
import groups from '../../dictionaries/groups.json';
import actorHeads from '../../dictionaries/actor-heads.json';
import nameContext from '../../dictionaries/name-context.json';
import countries from '../../dictionaries/countries.json';
import speechVerbs from '../../dictionaries/speech-verbs.json';
import calendar from '../../dictionaries/calendar.json';
import eventVerbs from '../../dictionaries/event-verbs.json';
import eventClauses from '../../dictionaries/event-clauses.json';
import roots from '../../dictionaries/roots.json';
import institutions from '../../dictionaries/institutions.json';
import international from '../../dictionaries/international.json';
import outlets from '../../dictionaries/outlets.json';
import people from '../../dictionaries/people.json';

export const SHIPPED_DICTIONARIES: readonly Dictionary[] = Object.freeze(
  [
    abbreviations,
    boilerplate,
    regions,
    titles,
    groups,
    actorHeads,
    nameContext,
    countries,
    speechVerbs,
    calendar,
    eventVerbs,
    eventClauses,
    roots,
    institutions,
    international,
    outlets,
    people,
  ].map((source) => Object.freeze(trustedDictionary(source))),
);
