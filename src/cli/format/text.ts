// --format text: what a person at a terminal wants to see about one article.
import type { ExtractionResult } from '../../types.js';
import { actorsById, actorsInOrder, eventLine, eventParts, oneLine, otherForms, speakerOf } from './view.js';

const QUOTE_WIDTH = 220;
const NONE = '  (none found)';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function section(title: string, lines: string[]): string[] {
  return ['', title, ...(lines.length ? lines : [NONE])];
}

/** A readable summary: actors with types, dates with values, who said what, and the events. */
export function formatText(result: ExtractionResult, id: string): string {
  const actors = actorsById(result);
  const typeWidth = Math.max(0, ...result.actors.map((a) => a.type.length));
  const valueWidth = Math.max(0, ...result.dates.map((d) => d.value.length));
  const header = [
    `${oneLine(id)}`,
    [
      `document date ${result.documentDate ?? 'unknown'}`,
      plural(result.sentences.length, 'sentence'),
      plural(result.actors.length, 'actor'),
      plural(result.dates.length, 'date'),
      plural(result.quotes.length, 'quote'),
      plural(result.events.length, 'event'),
    ].join(' · '),
  ];
  const actorLines = actorsInOrder(result).map((a) => {
    const titles = a.titles.length ? ` (${a.titles.map((t) => oneLine(t)).join(', ')})` : '';
    const forms = otherForms(a);
    const also = forms.length ? `; also ${forms.map((f) => `"${oneLine(f)}"`).join(', ')}` : '';
    const note = a.boilerplate ? ' [boilerplate]' : '';
    return `  ${a.type.padEnd(typeWidth)}  ${oneLine(a.name)}${titles}${also} · ${plural(a.mentions.length, 'mention')}${note}`;
  });
  const dateLines = result.dates.map((d) => {
    const notes = [d.kind === 'date' ? '' : d.kind, d.relative ? 'relative' : '', d.conflict ? 'weekday conflicts' : ''].filter(Boolean);
    return `  ${d.value.padEnd(valueWidth)}  "${oneLine(d.text)}"${notes.length ? ` (${notes.join(', ')})` : ''}`;
  });
  const quoteLines = result.quotes.map((q) => {
    const how = [q.kind, q.cue ? `"${oneLine(q.cue.text)}"` : ''].filter(Boolean).join(', ');
    const source = q.source ? `, via ${oneLine(actors.get(q.source)?.name ?? q.source)}` : '';
    return `  ${oneLine(speakerOf(q, actors) ?? 'unknown speaker')} (${how}${source}): “${oneLine(q.text, QUOTE_WIDTH)}”`;
  });
  const eventLines = result.events.map((e) => `  ${eventLine(eventParts(e, actors))}${e.category ? `  [${e.category}]` : ''}`);
  return [
    ...header,
    ...section('Actors', actorLines),
    ...section('Dates', dateLines),
    ...section('Who said what', quoteLines),
    ...section('Events (who – did what – to whom – when – where)', eventLines),
  ].join('\n');
}
