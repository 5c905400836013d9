// --format html: one self-contained page (inline CSS and JS, no network) that shows an article with
// its actors, dates, quotes, speakers and event verbs highlighted. The article is untrusted text:
// every piece of it is escaped, and the page forbids loading anything (Content-Security-Policy).
// Several documents make one page with an <article> each, written as they come (constant memory).
import type { Actor, ExtractionResult } from '../../types.js';
import { actorsById, actorsInOrder, eventLine, eventParts, MISSING, oneLine, otherForms, speakerOf } from './view.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const SIDEBAR_QUOTE = 160;

function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c]!);
}

// An annotation laid over the text. Spans may overlap in any way (a quote containing names, a
// title mention containing a place), so the text is cut at every boundary and each piece carries
// all the annotations that cover it.
type Layer =
  | { kind: 'mention'; actor: number }
  | { kind: 'date'; index: number }
  | { kind: 'quote'; index: number }
  | { kind: 'speaker'; quote: number }
  | { kind: 'cue'; quote: number }
  | { kind: 'trigger'; event: number }
  | { kind: 'boilerplate' };
type Annotation = Layer & { start: number; end: number };

function annotations(result: ExtractionResult): Annotation[] {
  const list: Annotation[] = [];
  const add = (span: { start: number; end: number } | null, layer: Layer): void => {
    if (span && span.end > span.start) list.push({ ...layer, start: span.start, end: span.end });
  };
  result.actors.forEach((actor, i) => actor.mentions.forEach((m) => add(m, { kind: 'mention', actor: i })));
  result.dates.forEach((d, i) => add(d, { kind: 'date', index: i }));
  result.quotes.forEach((q, i) => {
    add(q, { kind: 'quote', index: i });
    add(q.speakerMention, { kind: 'speaker', quote: i });
    add(q.cue, { kind: 'cue', quote: i });
  });
  result.events.forEach((e, i) => add(e.trigger, { kind: 'trigger', event: i }));
  result.sentences.forEach((s) => s.boilerplate && add(s, { kind: 'boilerplate' }));
  return list;
}

interface Lookup {
  result: ExtractionResult;
  actors: ReadonlyMap<string, Actor>;
  actorIndex: ReadonlyMap<string, number>;
}

function attr(name: string, values: readonly (string | number)[]): string {
  return values.length ? ` ${name}="${escapeHtml([...new Set(values)].join(' '))}"` : '';
}

/** One piece of text with everything that covers it, as a <span>. */
function piece(text: string, covering: readonly Annotation[], { result, actors, actorIndex }: Lookup): string {
  const classes: string[] = [];
  const titles: string[] = [];
  const mentions = covering.filter((a): a is Annotation & { kind: 'mention' } => a.kind === 'mention');
  // The innermost mention decides what a click selects ("Rusia" inside "Presiden Rusia Vladimir Putin").
  mentions.sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const m of mentions) {
    const actor = result.actors[m.actor]!;
    titles.push(`${actor.name} (${actor.type})`);
  }
  if (mentions[0]) classes.push('m', `t-${result.actors[mentions[0].actor]!.type}`);
  const dates: number[] = [];
  const quotes: number[] = [];
  const speakerOfQuotes: number[] = [];
  const events: number[] = [];
  const speakers: number[] = [];
  for (const a of covering) {
    if (a.kind === 'date') {
      const d = result.dates[a.index]!;
      dates.push(a.index);
      titles.push(`${d.kind} ${d.value}${d.relative ? ', relative' : ''}`);
    } else if (a.kind === 'quote') {
      const q = result.quotes[a.index]!;
      quotes.push(a.index);
      classes.push('q', q.kind === 'direct' ? 'qd' : 'qi');
      const speaker = q.speaker === null ? undefined : actorIndex.get(q.speaker);
      if (speaker !== undefined) speakers.push(speaker);
      titles.push(`${q.kind} quote by ${speakerOf(q, actors) ?? 'an unknown speaker'}`);
    } else if (a.kind === 'speaker') {
      speakerOfQuotes.push(a.quote);
      classes.push('spk');
    } else if (a.kind === 'cue') classes.push('cue');
    else if (a.kind === 'trigger') {
      events.push(a.event);
      classes.push('trg');
      titles.push(`event: ${result.events[a.event]!.trigger.lemma}`);
    } else if (a.kind === 'boilerplate') classes.push('bp');
  }
  if (dates.length) classes.push('d');
  return (
    `<span class="${escapeHtml([...new Set(classes)].join(' '))}"` +
    (mentions[0] ? ` data-actor="${mentions[0].actor}"` : '') +
    attr('data-actors', mentions.map((m) => m.actor)) +
    attr('data-date', dates) +
    attr('data-quote', quotes) +
    attr('data-speaker', speakers) +
    attr('data-speaker-of', speakerOfQuotes) +
    attr('data-event', events) +
    (titles.length ? ` title="${escapeHtml(titles.join(' · '))}"` : '') +
    `>${escapeHtml(text)}</span>`
  );
}

/** The article with every annotation as highlighted spans, in one pass over the boundaries. */
function highlightedText(result: ExtractionResult, lookup: Lookup): string {
  const text = result.text;
  const list = annotations(result);
  const bounds = [...new Set([0, text.length, ...list.flatMap((a) => [a.start, a.end])])].sort((a, b) => a - b);
  const starting = new Map<number, Annotation[]>();
  for (const a of list) {
    const at = starting.get(a.start);
    if (at) at.push(a);
    else starting.set(a.start, [a]);
  }
  let active: Annotation[] = [];
  const out: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    active = active.filter((a) => a.end > from);
    active.push(...(starting.get(from) ?? []));
    const slice = text.slice(from, to);
    out.push(active.length ? piece(slice, active, lookup) : escapeHtml(slice));
  }
  return out.join('');
}

function actorCards(result: ExtractionResult): string {
  const quotesBy = new Map<string, number>();
  for (const q of result.quotes) if (q.speaker !== null) quotesBy.set(q.speaker, (quotesBy.get(q.speaker) ?? 0) + 1);
  return result.actors
    .map((a, i) => {
      const rows: [string, string][] = [['type', a.type]];
      if (a.titles.length) rows.push(['titles', a.titles.join(', ')]);
      const forms = otherForms(a);
      if (forms.length) rows.push(['also', forms.join(', ')]);
      rows.push(['mentions', String(a.mentions.length)]);
      const said = quotesBy.get(a.id);
      if (said) rows.push(['quotes', String(said)]);
      if (a.ref) rows.push(['dictionary', a.ref]);
      return (
        `<div class="actor-card t-${escapeHtml(a.type)}" data-card="${i}" hidden><h3>${escapeHtml(oneLine(a.name))}</h3><dl>` +
        rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(oneLine(v))}</dd>`).join('') +
        '</dl></div>'
      );
    })
    .join('');
}

function list(tag: 'ol' | 'ul', cls: string, items: string[]): string {
  return items.length ? `<${tag} class="${cls}">${items.join('')}</${tag}>` : '<p class="none">none found</p>';
}

function sidebar(result: ExtractionResult, lookup: Lookup): string {
  const { actors } = lookup;
  const indexOf = (id: string | null): number | undefined => (id === null ? undefined : lookup.actorIndex.get(id));
  const events = result.events.map((e, i) => {
    const parts = eventParts(e, actors);
    const involved = [...e.actors, ...e.targets].map(indexOf).filter((n) => n !== undefined);
    const slot = (value: string | null, cls: string): string => `<span class="${cls}">${escapeHtml(value === null ? MISSING : oneLine(value))}</span>`;
    return (
      `<li data-event="${i}"${involved.length ? ` data-actor="${involved[0]}"` : ''} title="${escapeHtml(eventLine(parts))}">` +
      [slot(parts.who, 'who'), slot(parts.what, 'what'), slot(parts.whom, 'whom'), slot(parts.when, 'when'), slot(parts.where, 'where')].join(' – ') +
      (e.category ? ` <span class="cat">${escapeHtml(e.category)}</span>` : '') +
      '</li>'
    );
  });
  const actorItems = actorsInOrder(result).map((a) => {
    const i = lookup.actorIndex.get(a.id)!;
    return `<li class="t-${escapeHtml(a.type)}" data-actor="${i}">${escapeHtml(oneLine(a.name))} <small>${escapeHtml(a.type)} · ${a.mentions.length}</small></li>`;
  });
  const quotes = result.quotes.map((q, i) => {
    const speaker = indexOf(q.speaker);
    return (
      `<li data-quote="${i}"${speaker === undefined ? '' : ` data-actor="${speaker}"`}><b>${escapeHtml(oneLine(speakerOf(q, actors) ?? 'unknown speaker'))}</b>` +
      ` <small>${escapeHtml(q.kind)}${q.cue ? `, ${escapeHtml(oneLine(q.cue.text))}` : ''}</small>: “${escapeHtml(oneLine(q.text, SIDEBAR_QUOTE))}”</li>`
    );
  });
  const dates = result.dates.map(
    (d, i) => `<li data-date="${i}"><b>${escapeHtml(d.value)}</b> <small>${escapeHtml(d.kind)}${d.relative ? ', relative' : ''}</small> “${escapeHtml(oneLine(d.text))}”</li>`,
  );
  return (
    '<aside>' +
    `<section class="card" aria-live="polite"><p class="card-hint">Click or hover a highlighted name to see its actor and all its mentions.</p>${actorCards(result)}</section>` +
    `<section><h2>Events <small>who – did what – to whom – when – where</small></h2>${list('ol', 'events', events)}</section>` +
    `<section><h2>Actors</h2>${list('ul', 'actors', actorItems)}</section>` +
    `<section><h2>Who said what</h2>${list('ol', 'quotes', quotes)}</section>` +
    `<section><h2>Dates</h2>${list('ul', 'dates', dates)}</section>` +
    '</aside>'
  );
}

/** One document as an <article>: the highlighted text beside its events, actors, quotes and dates. */
export function htmlDocument(result: ExtractionResult, meta: { id: string; number: number }): string {
  const lookup: Lookup = { result, actors: actorsById(result), actorIndex: new Map(result.actors.map((a, i) => [a.id, i])) };
  const counts = `${result.actors.length} actors · ${result.dates.length} dates · ${result.quotes.length} quotes · ${result.events.length} events`;
  return (
    `<article class="warta-doc" id="doc-${meta.number}">` +
    `<header><h1>${escapeHtml(oneLine(meta.id))}</h1><p>document date ${escapeHtml(result.documentDate ?? 'unknown')} · ${counts}</p></header>` +
    `<div class="cols"><div class="text">${highlightedText(result, lookup)}</div>${sidebar(result, lookup)}</div>` +
    '</article>\n'
  );
}

const STYLE = `
:root{--person:#ffd9b0;--organization:#c9defc;--location:#cdeccd;--group:#e6d5fb;--date:#fff08a;--ink:#1d1d1f;--muted:#6b6b70}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
.legend{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;padding:.4em 1.2em;font-size:13px}
.legend span{margin-right:.8em;padding:0 .3em;border-radius:3px}
.warta-doc{max-width:1200px;margin:1.5em auto;padding:0 1.2em}
.warta-doc header h1{font-size:1.2em;margin:.2em 0;word-break:break-all}
.warta-doc header p{margin:0 0 1em;color:var(--muted);font-size:13px}
.cols{display:flex;gap:1.5em;align-items:flex-start}
.text{flex:3;white-space:pre-wrap;background:#fff;padding:1.2em 1.4em;border:1px solid #e3e3e3;border-radius:8px;overflow-wrap:anywhere}
aside{flex:2;position:sticky;top:2.6em;max-height:calc(100vh - 3em);overflow:auto;font-size:13.5px}
aside section{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:.6em .9em;margin-bottom:.8em}
aside h2{font-size:14px;margin:.1em 0 .4em}aside h2 small{font-weight:normal;color:var(--muted)}
aside ol,aside ul{margin:0;padding-left:1.3em}aside li{margin:.2em 0;cursor:pointer}aside li:hover{background:#f2f2f2}
.none,.card-hint{color:var(--muted);margin:.2em 0}
.actor-card h3{margin:.1em 0 .3em;font-size:16px}.actor-card dl{display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:0}
.actor-card dt{color:var(--muted)}.actor-card dd{margin:0}
.m{border-radius:3px;cursor:pointer}
.t-person{background:var(--person)}.t-organization{background:var(--organization)}.t-location{background:var(--location)}.t-group{background:var(--group)}
aside li.t-person,aside li.t-organization,aside li.t-location,aside li.t-group{background:none;border-left:6px solid var(--person);padding-left:.4em;list-style:none;margin-left:-1.3em}
aside li.t-organization{border-color:var(--organization)}aside li.t-location{border-color:var(--location)}aside li.t-group{border-color:var(--group)}
.d{box-shadow:inset 0 -.45em 0 var(--date)}
.q{font-style:italic;color:#3b3b52;cursor:pointer}.qd{border-bottom:2px solid #8a8aa8}.qi{border-bottom:2px dashed #b0b0c8}
.spk{text-decoration:underline 2px #b03a2e;text-underline-offset:3px;font-weight:600}
.cue{text-decoration:underline wavy #8a8aa8}
.trg{font-weight:700;text-decoration:underline 2px var(--ink);cursor:pointer}
.bp{opacity:.45}
.hl{outline:2px solid #e67e22;outline-offset:1px}
.linked{outline:2px solid #b03a2e;outline-offset:1px;background:#fde8e6}
.flash{animation:flash 1.2s}@keyframes flash{0%{background:#ffe066}100%{}}
.events .who,.events .whom{font-weight:600}.events .what{font-style:italic}.events .cat{color:var(--muted);font-size:12px}
@media (max-width:800px){.cols{flex-direction:column}aside{position:static;max-height:none}}
`;

// Selection lives in the page: hovering previews an actor, a click pins it; a quote points at its
// speaker; an event points at its verb. Actors are referred to by index, never by text.
const SCRIPT = `
(function () {
  document.querySelectorAll('article.warta-doc').forEach(function (doc) {
    var pinned = null;
    function each(selector, fn) { Array.prototype.forEach.call(doc.querySelectorAll(selector), fn); }
    function mark(cls, selector) { each('.' + cls, function (el) { el.classList.remove(cls); }); if (selector) each(selector, function (el) { el.classList.add(cls); }); }
    function show(actor) {
      each('.actor-card', function (card) { card.hidden = card.getAttribute('data-card') !== actor; });
      doc.querySelector('.card-hint').hidden = actor !== null;
      mark('hl', actor === null ? null : '.text [data-actors~="' + actor + '"], .actors [data-actor="' + actor + '"]');
    }
    function link(quote) { mark('linked', quote === null ? null : '.text [data-speaker-of~="' + quote + '"], .text [data-quote~="' + quote + '"]'); }
    function from(event, attribute) { return event.target.closest ? event.target.closest('[' + attribute + ']') : null; }
    function actorOf(el) { return el && (el.getAttribute('data-actor') || el.getAttribute('data-speaker') || '').split(' ')[0] || null; }
    doc.addEventListener('mouseover', function (event) {
      var el = from(event, 'data-actor') || from(event, 'data-speaker');
      if (el) show(actorOf(el));
      var quote = from(event, 'data-quote');
      link(quote ? quote.getAttribute('data-quote').split(' ')[0] : null);
    });
    doc.addEventListener('mouseout', function (event) {
      if (!doc.contains(event.relatedTarget)) { show(pinned); link(null); }
    });
    doc.addEventListener('click', function (event) {
      var item = from(event, 'data-event');
      if (item && item.tagName === 'LI') {
        var verb = doc.querySelector('.text [data-event~="' + item.getAttribute('data-event') + '"]');
        if (verb) { verb.scrollIntoView({ block: 'center', behavior: 'smooth' }); verb.classList.remove('flash'); void verb.offsetWidth; verb.classList.add('flash'); }
      }
      var quoteItem = from(event, 'data-quote');
      if (quoteItem && quoteItem.tagName === 'LI') {
        var quoted = doc.querySelector('.text [data-quote~="' + quoteItem.getAttribute('data-quote') + '"]');
        if (quoted) quoted.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      var el = from(event, 'data-actor') || from(event, 'data-speaker');
      var actor = actorOf(el);
      pinned = actor === pinned ? null : actor;
      show(pinned);
    });
  });
})();
`;

const LEGEND =
  '<div class="legend"><span class="t-person">person</span><span class="t-organization">organization</span>' +
  '<span class="t-location">location</span><span class="t-group">group</span><span class="d">date</span>' +
  '<span class="q qd">direct quote</span><span class="q qi">indirect quote</span><span class="spk">speaker</span>' +
  '<span class="cue">speech verb</span><span class="trg">event</span><span class="bp">boilerplate</span></div>';

export function htmlPageStart(title: string): string {
  return (
    '<!doctype html>\n<html lang="id"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(oneLine(title, 120))} · warta</title>` +
    `<style>${STYLE}</style></head><body>${LEGEND}\n`
  );
}

export function htmlPageEnd(): string {
  return `<script>${SCRIPT}</script></body></html>\n`;
}
