// Who held a role on a date: "Presiden" in an Indonesian article of 2023 is Joko Widodo, in 2025
// Prabowo Subianto. A title is read as an office and the known actor its last words name
// ("Presiden | Indonesia", "Gubernur | Bank Indonesia"); the actor counts by its country code when
// it is a country and by its id otherwise, so "Presiden" + "ID", "Presiden RI" and "presiden
// indonesia" find the same holders, and so do "Ketua KPK" and "Ketua Komisi Pemberantasan Korupsi".
import type { ActorEntry, DatedRole } from '../types.js';
import { foldForMatch } from './normalize.js';

/** A holder of a role, with the role as the dictionary dates it. */
export interface RoleHolder {
  entry: ActorEntry;
  role: DatedRole;
}

export interface RoleQuery {
  /** ISO date (YYYY-MM-DD) the role must hold on; without it, only roles with no end count. */
  date?: string | null;
  /** ISO 3166-1 alpha-2 code of the country whose role is meant, when the title does not say. */
  country?: string;
}

/** The longest actor name a title can end with, in words ("Badan Nasional Penanggulangan Bencana"). */
const MAX_ACTOR_WORDS = 6;
const SEPARATORS = /[\s,;:()]+/;
/** "Menteri Koordinator Bidang Perekonomian" and "Menteri Koordinator Perekonomian" are one office. */
const FILLER = 'bidang';

function words(title: string): string[] {
  return foldForMatch(title)
    .split(SEPARATORS)
    .filter((w) => w && w !== FILLER);
}

/** Whether `role` holds on `date` (from inclusive, to exclusive), or is current when there is no date. */
export function roleHolds(role: DatedRole, date: string | null | undefined): boolean {
  if (!date) return role.to === undefined;
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date < role.to);
}

/** The titles an entry holds on a date: its undated titles and the dated roles in force. */
export function titlesAt(entry: ActorEntry, date: string | null | undefined): string[] {
  const titles = [...(entry.titles ?? [])];
  for (const role of entry.roles ?? []) if (roleHolds(role, date) && !titles.includes(role.title)) titles.push(role.title);
  return titles;
}

/** The known actor a form names, if any. */
export type ResolveActor = (form: string) => ActorEntry | undefined;
/** The full form of an abbreviated office ("menlu" → "Menteri Luar Negeri"), if the words are one. */
export type ExpandOffice = (form: string) => string | undefined;

/** The longest abbreviation an office starts with, in words ("Menko", "Wakil Ketua Umum"). */
const MAX_OFFICE_WORDS = 3;

export class RoleIndex {
  /** "office|KEY" and "office" (any country or body) to the roles with that office. */
  private readonly byKey = new Map<string, RoleHolder[]>();

  constructor(
    entries: Iterable<ActorEntry>,
    private readonly resolve: ResolveActor,
    private readonly expand: ExpandOffice = () => undefined,
  ) {
    for (const entry of entries) {
      for (const role of entry.roles ?? []) {
        const { office, of } = this.split(words(role.title));
        const key = of ?? entry.country;
        this.put(office, { entry, role });
        if (key) this.put(`${office}|${key}`, { entry, role });
      }
    }
  }

  private put(key: string, holder: RoleHolder): void {
    const list = this.byKey.get(key);
    if (list) list.push(holder);
    else this.byKey.set(key, [holder]);
  }

  /** "presiden amerika serikat" → office "presiden", of "US"; "menlu rusia" → "menteri luar negeri", "RU". */
  private split(title: string[]): { office: string; of?: string } {
    const w = this.expanded(title);
    for (let n = Math.min(MAX_ACTOR_WORDS, w.length - 1); n >= 1; n--) {
      const actor = this.resolve(w.slice(w.length - n).join(' '));
      if (actor) return { office: w.slice(0, w.length - n).join(' '), of: actor.subtype === 'country' && actor.country ? actor.country : actor.id };
    }
    return { office: w.join(' ') };
  }

  /** The words with an abbreviated office at their start written out. */
  private expanded(w: string[]): string[] {
    for (let n = Math.min(MAX_OFFICE_WORDS, w.length); n >= 1; n--) {
      const full = this.expand(w.slice(0, n).join(' '));
      if (full) return [...words(full), ...w.slice(n)];
    }
    return w;
  }

  /**
   * The entries holding `title` on the query's date, most recently begun first. The country or
   * body comes from the title ("Presiden Rusia") or else from the query; with neither, all holders.
   */
  holders(title: string, query: RoleQuery = {}): RoleHolder[] {
    const { office, of } = this.split(words(title));
    const key = of ?? query.country?.toUpperCase();
    const found: RoleHolder[] = [];
    const seen = new Set<string>();
    for (const holder of this.byKey.get(key ? `${office}|${key}` : office) ?? []) {
      if (!roleHolds(holder.role, query.date) || seen.has(holder.entry.id)) continue;
      seen.add(holder.entry.id);
      found.push(holder);
    }
    return found.sort((a, b) => (b.role.from ?? '').localeCompare(a.role.from ?? ''));
  }
}
