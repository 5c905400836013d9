import { describe, expect, it } from 'vitest';
import { compileLexicon, type Lexicon } from '../../src/lexicon/lexicon.js';
import { loadDictionary } from '../../src/lexicon/load.js';
import { tokenize } from '../../src/stages/tokenize.js';
import type { Dictionary } from '../../src/types.js';

const NO_ABBREVIATIONS = { has: () => false };

const WORLD = loadDictionary({
  name: 'world',
  actors: [
    { id: 'kim', name: 'Kim Jong-un', type: 'person', aliases: ['Kim Jong Un'] },
    { id: 'us', name: 'Amerika Serikat', type: 'location', subtype: 'country', country: 'US', aliases: ['AS', 'Negeri Paman Sam'], demonyms: ['Amerika', 'AS'] },
    { id: 'ru', name: 'Rusia', type: 'location', subtype: 'country', country: 'RU', demonyms: ['Rusia'] },
    { id: 'cn', name: 'China', type: 'location', subtype: 'country', country: 'CN', aliases: ['Tiongkok'] },
    { id: 'id', name: 'Indonesia', type: 'location', subtype: 'country', country: 'ID', aliases: ['RI'] },
    { id: 'kp', name: 'Korea Utara', type: 'location', subtype: 'country', country: 'KP', aliases: ['Korut'] },
    { id: 'malang', name: 'Malang', type: 'location' },
    { id: 'antara', name: 'ANTARA', type: 'organization', subtype: 'outlet' },
    { id: 'sao-paulo', name: 'São Paulo', type: 'location' },
    { id: 'jkw', name: 'Joko Widodo', type: 'person', country: 'ID', aliases: ['Jokowi'], roles: [{ title: 'Presiden Indonesia', from: '2014-10-20', to: '2024-10-20' }] },
    { id: 'pbs', name: 'Prabowo Subianto', type: 'person', country: 'ID', roles: [{ title: 'Menteri Pertahanan Indonesia', from: '2019-10-23', to: '2024-10-20' }, { title: 'Presiden Indonesia', from: '2024-10-20' }] },
    { id: 'xi', name: 'Xi Jinping', type: 'person', country: 'CN', aliases: ['Xi'], roles: [{ title: 'Presiden China', from: '2013-03-14' }] },
    { id: 'kpk', name: 'Komisi Pemberantasan Korupsi', type: 'organization', country: 'ID', aliases: ['KPK'] },
    { id: 'kemenlu', name: 'Kementerian Luar Negeri', type: 'organization', subtype: 'ministry', country: 'ID', aliases: ['Kemenlu', 'Kementerian Luar Negeri RI'] },
    { id: 'setyo', name: 'Setyo Budiyanto', type: 'person', country: 'ID', roles: [{ title: 'Ketua KPK', from: '2024-12-16' }] },
    { id: 'biden', name: 'Joe Biden', type: 'person', country: 'US', roles: [{ title: 'Presiden Amerika Serikat', from: '2021-01-20', to: '2025-01-20' }, { title: 'Wakil Presiden Amerika Serikat', from: '2009-01-20', to: '2017-01-20' }] },
  ],
  words: { 'demonym-nouns': ['warga', 'orang', 'warga negara'], 'language-nouns': ['bahasa', 'berbahasa'], titles: [{ form: 'Wali Kota' }, { form: 'AKP', caseSensitive: true }, { form: 'Wapres', lemma: 'Wakil Presiden' }] },
});

/** The matches in `text` as "id=surface" strings. */
function found(lexicon: Lexicon, text: string): string[] {
  const tokens = tokenize(text, NO_ABBREVIATIONS);
  return lexicon.matchActors(tokens).map((m) => `${m.entry.id}=${text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end - m.enclitic)}`);
}

describe('matchActors', () => {
  const lexicon = compileLexicon([WORLD]);

  it('matches hyphen and space variants of one name as one entry', () => {
    for (const text of ['Kim Jong-un', 'Kim Jong Un', 'Kim Jong un', 'Kim Jong-Un', 'KIM JONG-UN']) {
      expect(found(lexicon, `Pemimpin ${text} tiba.`)).toEqual([`kim=${text}`]);
    }
  });

  it('keeps names joined by a hyphen apart ("Rusia-China")', () => {
    expect(found(lexicon, 'Hubungan Rusia-China makin erat.')).toEqual(['ru=Rusia', 'cn=China']);
  });

  it('takes the longest match', () => {
    expect(found(lexicon, 'Korea Utara dan Korut')).toEqual(['kp=Korea Utara', 'kp=Korut']);
  });

  it('matches all-capital acronyms only in capitals', () => {
    expect(found(lexicon, 'AS menolak, as roda patah, ANTARA melaporkan antara lain')).toEqual(['us=AS', 'antara=ANTARA']);
  });

  it('needs the capital of a capitalized name, but tolerates other case and diacritics', () => {
    expect(found(lexicon, 'Banjir di Malang, nasib malang. MALANG, Sao Paulo')).toEqual(['malang=Malang', 'malang=MALANG', 'sao-paulo=Sao Paulo']);
  });

  it('matches names of three letters or fewer only as spelled', () => {
    expect(found(lexicon, 'Presiden Xi dan siswa kelas XI')).toEqual(['xi=Xi']);
  });

  it('prefers an exact-case match and says whether the case was exact', () => {
    const tokens = tokenize('KIM JONG UN', NO_ABBREVIATIONS);
    expect(lexicon.matchActors(tokens)[0]).toMatchObject({ exactCase: false, via: 'name' });
    const exact = tokenize('Kim Jong Un', NO_ABBREVIATIONS);
    expect(lexicon.matchActors(exact)[0]).toMatchObject({ exactCase: true, via: 'alias' });
  });

  it('reads a demonym after a people noun as a group of that country', () => {
    const text = 'warga Rusia, orang Amerika dan warga negara AS';
    expect(found(lexicon, text)).toEqual(['ru=warga Rusia', 'us=orang Amerika', 'us=warga negara AS']);
    const tokens = tokenize(text, NO_ABBREVIATIONS);
    expect(lexicon.matchActors(tokens)[0]).toMatchObject({ via: 'demonym', tokenStart: 0, nameStart: 1, tokenEnd: 2 });
  });

  it('does not read a bare demonym that is not a name as an actor', () => {
    expect(found(lexicon, 'Amerika')).toEqual([]);
  });

  it('sees a name through a glued -nya and reports the clitic', () => {
    expect(found(lexicon, 'Korea Utaranya dan Rusianya')).toEqual(['kp=Korea Utara', 'ru=Rusia']);
    expect(lexicon.matchActors(tokenize('Rusianya', NO_ABBREVIATIONS))[0]!.enclitic).toBe(3);
  });

  it('does not join words across more than one space', () => {
    expect(found(lexicon, 'Kim  Jong Un')).toEqual([]);
  });

  it("reads a national body followed by another country's name as that country's body", () => {
    expect(found(lexicon, 'Kementerian Luar Negeri China menolak.')).toEqual(['cn=China']);
    expect(lexicon.actorsAt(tokenize('Kementerian Luar Negeri Rusia', NO_ABBREVIATIONS), 0)).toEqual([]);
    expect(found(lexicon, 'Kementerian Luar Negeri RI dan Kementerian Luar Negeri Indonesia')).toEqual(['kemenlu=Kementerian Luar Negeri RI', 'kemenlu=Kementerian Luar Negeri', 'id=Indonesia']);
  });

  it('does not read a language named like a country as the country', () => {
    expect(found(lexicon, 'Ia berbahasa Rusia di Rusia, bahasa Indonesia di Indonesia.')).toEqual(['ru=Rusia', 'id=Indonesia']);
    expect(lexicon.actorsAt(tokenize('bahasa Rusia', NO_ABBREVIATIONS), 1)).toEqual([]);
  });

  it('says cheaply which words can open a known name', () => {
    expect(lexicon.opensActor('kim')).toBe(true);
    expect(lexicon.opensActor('jong-un')).toBe(false);
    expect(lexicon.opensActor('korea')).toBe(true);
    expect(lexicon.opensActor('utara')).toBe(false);
  });

  it('lists every candidate at a token, longest first', () => {
    const two = loadDictionary({ name: 'two', actors: [{ id: 'korea', name: 'Korea', type: 'location' }] });
    const lex = compileLexicon([WORLD, two]);
    const at = lex.actorsAt(tokenize('Korea Utara', NO_ABBREVIATIONS), 0);
    expect(at.map((m) => [m.entry.id, m.tokenEnd])).toEqual([['kp', 2], ['korea', 1]]);
    expect(lex.actorsAt([], 0)).toEqual([]);
  });

  it('gives the first name or alias match at a token, as actorsAt lists it', () => {
    const two = loadDictionary({ name: 'two', actors: [{ id: 'korea', name: 'Korea', type: 'location' }] });
    const lex = compileLexicon([WORLD, two]);
    const texts = ['Korea Utara', 'Kementerian Luar Negeri China', 'Kementerian Luar Negeri Rusia', 'bahasa Rusia', 'warga Rusia', 'Rusianya AS di Malang', 'KPK dan Kim Jong-un'];
    for (const text of texts) {
      const tokens = tokenize(text, NO_ABBREVIATIONS);
      for (let i = 0; i < tokens.length; i++) expect(lex.namedActorAt(tokens, i)).toEqual(lex.actorsAt(tokens, i).find((m) => m.via !== 'demonym') ?? null);
    }
    expect(lex.namedActorAt(tokenize('Korea Utara', NO_ABBREVIATIONS), 0)?.entry.id).toBe('kp');
    expect(lex.namedActorAt([], 0)).toBeNull();
  });

  it('finds entries by a form, names before aliases', () => {
    expect(lexicon.findActors('tiongkok').map((e) => e.id)).toEqual(['cn']);
    expect(lexicon.findActors('kim jong un').map((e) => e.id)).toEqual(['kim']);
    expect(lexicon.findActors('nobody')).toEqual([]);
  });
});

describe('holders', () => {
  const lexicon = compileLexicon([WORLD]);

  it('resolves a bare title by country and date', () => {
    expect(lexicon.holders('Presiden', { country: 'ID', date: '2020-01-01' }).map((h) => h.entry.id)).toEqual(['jkw']);
    expect(lexicon.holders('Presiden', { country: 'ID', date: '2024-10-20' }).map((h) => h.entry.id)).toEqual(['pbs']);
    expect(lexicon.holders('Presiden', { country: 'US', date: '2022-06-01' }).map((h) => h.entry.id)).toEqual(['biden']);
  });

  it('reads the country from the title itself, by any of its names', () => {
    expect(lexicon.holders('Presiden RI', { date: '2016-01-01' }).map((h) => h.entry.id)).toEqual(['jkw']);
    expect(lexicon.holders('presiden amerika serikat', { date: '2024-01-01' }).map((h) => h.entry.id)).toEqual(['biden']);
  });

  it('reads any known body at the end of a title, by any of its names', () => {
    expect(lexicon.holders('Ketua Komisi Pemberantasan Korupsi', { date: '2025-03-01' }).map((h) => h.entry.id)).toEqual(['setyo']);
    expect(lexicon.holders('Ketua KPK', { date: '2024-01-01' })).toEqual([]);
    expect(lexicon.holders('Presiden Tiongkok', { date: '2024-01-01' }).map((h) => h.entry.id)).toEqual(['xi']);
  });

  it('writes out an office the titles list abbreviates', () => {
    expect(lexicon.holders('Wapres AS', { date: '2010-01-01' }).map((h) => h.entry.id)).toEqual(['biden']);
    expect(lexicon.holders('Wakil Presiden', { country: 'US', date: '2010-01-01' }).map((h) => h.entry.id)).toEqual(['biden']);
  });

  it('gives the current holders when there is no date', () => {
    expect(lexicon.holders('Presiden Indonesia').map((h) => h.entry.id)).toEqual(['pbs']);
  });

  it('gives every country when neither the title nor the query names one', () => {
    expect(lexicon.holders('Presiden', { date: '2022-01-01' }).map((h) => h.entry.id).sort()).toEqual(['biden', 'jkw', 'xi']);
  });
});

describe('word lists', () => {
  const lexicon = compileLexicon([WORLD]);

  it('matches multi-word forms case-insensitively unless the form is case-sensitive', () => {
    const titles = lexicon.words('titles');
    expect(titles.matchAt(tokenize('wali kota Palu', NO_ABBREVIATIONS), 0)?.end).toBe(2);
    expect(titles.matchAt(tokenize('AKP Budi', NO_ABBREVIATIONS), 0)?.end).toBe(1);
    expect(titles.matchAt(tokenize('akp Budi', NO_ABBREVIATIONS), 0)).toBeNull();
    expect(titles.has('WALI KOTA')).toBe(true);
    expect(titles.has('akp')).toBe(false);
    expect(lexicon.words('nothing').has('x')).toBe(false);
  });
});

describe('compileLexicon', () => {
  const user = (extra: Record<string, unknown>): Dictionary => loadDictionary({ name: 'user', ...extra });

  it('lets a later entry with the same id replace an earlier one', () => {
    const lexicon = compileLexicon([WORLD, user({ actors: [{ id: 'malang', name: 'Kota Malang', type: 'location', subtype: 'city' }] })]);
    expect(lexicon.actors.get('malang')?.name).toBe('Kota Malang');
    expect(found(lexicon, 'di Kota Malang dan Malang')).toEqual(['malang=Kota Malang']);
  });

  it('adds new entries next to the shipped ones, the later one winning a shared form', () => {
    const lexicon = compileLexicon([WORLD, user({ actors: [{ id: 'as-band', name: 'AS', type: 'group' }] })]);
    expect(found(lexicon, 'AS')).toEqual(['as-band=AS']);
    expect(lexicon.actors.has('us')).toBe(true);
  });

  it('switches a whole dictionary off by name', () => {
    const lexicon = compileLexicon([WORLD, user({ disables: ['world'], actors: [{ id: 'x', name: 'Xanadu', type: 'location' }] })]);
    expect(lexicon.actors.has('ru')).toBe(false);
    expect(found(lexicon, 'Rusia dan Xanadu')).toEqual(['x=Xanadu']);
    expect(lexicon.dictionaries.map((d) => d.name)).toEqual(['user']);
    expect(lexicon.words('demonym-nouns').entries).toEqual([]);
  });

  it('adds up the forms of a word list across dictionaries', () => {
    const lexicon = compileLexicon([WORLD, user({ words: { titles: ['Bupati'] } })]);
    expect(lexicon.words('titles').entries.map((e) => e.form)).toEqual(['Wali Kota', 'AKP', 'Wapres', 'Bupati']);
  });

  it('leaves one lexicon untouched by another', () => {
    const a = compileLexicon([WORLD]);
    const b = compileLexicon([WORLD, user({ actors: [{ id: 'ru', name: 'Federasi Rusia', type: 'location' }] })]);
    expect(found(a, 'Rusia')).toEqual(['ru=Rusia']);
    expect(found(b, 'Rusia')).toEqual([]);
    expect(found(a, 'Federasi Rusia')).toEqual(['ru=Rusia']);
  });
});
