// Who held a role on a date: "Presiden" in an Indonesian article of 2023 is Joko Widodo, in 2025
// Prabowo Subianto. Roles are indexed by their folded title and, when the title ends with a
// country's name ("Presiden Indonesia", "Perdana Menteri Inggris"), by the bare title and the
// country's code, so "Presiden" + "ID" and "Presiden RI" find the same holders.
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

/** The longest country name a title can end with, in words ("Republik Demokratik Kongo"). */
const MAX_COUNTRY_WORDS = 4;
const SPACES = /\s+/;

function words(title: string): string[] {
  return foldForMatch(title).trim().split(SPACES);
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

export class RoleIndex {
  /** "base|CODE" and "base" (any country) to the roles with that bare title. */
  private readonly byKey = new Map<string, RoleHolder[]>();

  /** `countryCodes` maps a folded country name or alias ("amerika serikat", "as") to its code. */
  constructor(
    entries: Iterable<ActorEntry>,
    private readonly countryCodes: ReadonlyMap<string, string>,
  ) {
    for (const entry of entries) {
      for (const role of entry.roles ?? []) {
        const { base, code } = this.splitCountry(words(role.title));
        const country = code ?? entry.country;
        this.put(base, { entry, role });
        if (country) this.put(`${base}|${country}`, { entry, role });
      }
    }
  }

  private put(key: string, holder: RoleHolder): void {
    const list = this.byKey.get(key);
    if (list) list.push(holder);
    else this.byKey.set(key, [holder]);
  }

  /** "presiden amerika serikat" → base "presiden", code "US"; no code when no country name ends the title. */
  private splitCountry(w: string[]): { base: string; code?: string } {
    for (let n = Math.min(MAX_COUNTRY_WORDS, w.length - 1); n >= 1; n--) {
      const code = this.countryCodes.get(w.slice(w.length - n).join(' '));
      if (code) return { base: w.slice(0, w.length - n).join(' '), code };
    }
    return { base: w.join(' ') };
  }

  /**
   * The entries holding `title` on the query's date, most recently begun first. The country comes
   * from the title ("Presiden Rusia") or else from the query; with neither, every country's holders.
   */
  holders(title: string, query: RoleQuery = {}): RoleHolder[] {
    const { base, code } = this.splitCountry(words(title));
    const country = code ?? query.country?.toUpperCase();
    const found: RoleHolder[] = [];
    const seen = new Set<string>();
    for (const holder of this.byKey.get(country ? `${base}|${country}` : base) ?? []) {
      if (!roleHolds(holder.role, query.date) || seen.has(holder.entry.id)) continue;
      seen.add(holder.entry.id);
      found.push(holder);
    }
    return found.sort((a, b) => (b.role.from ?? '').localeCompare(a.role.from ?? ''));
  }
}
