// What a parser found, before any anchor is known: the parts the text states, kept apart from
// what resolution will imply from the document date (chrono's known and implied values).
import type { TimePrecision } from '../../types.js';

/**
 * Which way from the anchor an underspecified date lies: "lalu" past (before it), "mendatang"
 * future (after it), "ini" this (its week, month or year); onOrAfter after a future cue ("akan …
 * pada Mei"), onOrBefore after a since cue ("sejak Maret"). Without one, the date nearest the
 * anchor is taken (a bare weekday: the latest on or before it).
 */
export type Direction = 'past' | 'future' | 'this' | 'onOrAfter' | 'onOrBefore';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute' | 'second';

/** A calendar date with the parts the text states: "9/11/2024", "4 Nov 2024", "Juni", "tanggal 9". */
export interface CalendarForm {
  type: 'calendar';
  year?: number;
  month?: number;
  day?: number;
  /** The year counted from the anchor's ("Desember tahun lalu" -1), when not stated. */
  yearOffset?: number;
  /** A weekday written with the date ("Sabtu (9/11/2024)"). */
  weekday?: number;
  direction?: Direction;
}

/** A weekday on its own: "Senin", "Kamis lalu", "Jumat pekan ini". */
export interface WeekdayForm {
  type: 'weekday';
  weekday: number;
  /** The ISO week relative to the anchor's ("pekan lalu" -1). */
  weekOffset?: number;
  direction?: Direction;
}

/** A count of units from the anchor: "kemarin" (-1 day), "pekan depan", "tiga hari lalu". */
export interface OffsetForm {
  type: 'offset';
  unit: 'day' | 'week' | 'month' | 'year';
  amount: number;
  /** "akhir pekan": the weekend of that week. */
  weekend?: boolean;
  /** Counted from the latest date before it, not the anchor: "tiga hari kemudian", "tahun sebelumnya". */
  fromContext?: boolean;
}

/** A time of day, placed on the day in context: "pukul 14.30 WIB". */
export interface ClockForm {
  type: 'clock';
  hour: number;
  minute: number;
}

/** A part of day: standalone ("dini hari") it stands for the day in context; otherwise it joins a day. */
export interface DayPartForm {
  type: 'daypart';
  standalone: boolean;
}

export type PointForm = CalendarForm | WeekdayForm | OffsetForm | ClockForm;

export interface RangeForm {
  type: 'range';
  from: PointForm;
  to: PointForm;
}

/** Durations ("tiga hari", P3D) need no anchor: their value is known when parsed. */
export interface DurationForm {
  type: 'duration';
  value: string;
  precision: TimePrecision;
}

/** Sets ("setiap Senin", XXXX-WXX-1), known when parsed too. */
export interface SetForm {
  type: 'set';
  value: string;
  precision: TimePrecision;
}

export type Form = PointForm | DayPartForm | RangeForm | DurationForm | SetForm;

/**
 * Every form's fields in one order, each undefined: a form is made as this spread with its own
 * fields written (`{ ...BLANK_FORM, type: 'clock', hour, minute }`), so that forms of every kind
 * share one hidden class, and the refiners' and resolution's reads of their fields stay
 * monomorphic (forms of some twenty shapes made them megamorphic).
 */
export const BLANK_FORM = {
  type: undefined,
  year: undefined,
  month: undefined,
  day: undefined,
  yearOffset: undefined,
  weekday: undefined,
  direction: undefined,
  weekOffset: undefined,
  unit: undefined,
  amount: undefined,
  weekend: undefined,
  fromContext: undefined,
  hour: undefined,
  minute: undefined,
  standalone: undefined,
  from: undefined,
  to: undefined,
  value: undefined,
  precision: undefined,
} as const;

/** A found expression over tokens [first, end). */
export interface Mention {
  first: number;
  end: number;
  form: Form;
}

/** Precision of a unit's value. */
export function unitPrecision(unit: Unit): TimePrecision {
  return unit === 'hour' || unit === 'minute' || unit === 'second' ? 'minute' : unit;
}
