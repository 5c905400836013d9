// In headless Chromium: the page `warta extract --format html` writes, and the library bundle
// itself (dist/index.js, or WARTA_LIB) extracting from a corpus article, with the same result as in Node.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allSpans, EXAMPLE, EXAMPLE_TEXT, ROOT, runCli } from './helpers.js';
import { hasChromium, launch, skipReason } from './browser.js';

const LIBRARY = resolve(ROOT, process.env.WARTA_LIB ?? 'dist/index.js');
const ARTICLE = JSON.parse(readFileSync(resolve(ROOT, 'corpus/c001.json'), 'utf8')) as { text: string; documentDate: string };
/** A made-up origin the page is served from; every request is answered here, none reaches a network. */
const ORIGIN = 'http://warta.test';

interface Result {
  text: string;
  tokens: { start: number; end: number; text: string }[];
  sentences: { start: number; end: number; text: string }[];
  actors: { name: string; type: string; mentions: { start: number; end: number; text: string }[] }[];
  dates: { start: number; end: number; text: string }[];
  quotes: { start: number; end: number; text: string; cue: null; speakerMention: null }[];
  events: { trigger: { start: number; end: number; text: string } }[];
}

describe.skipIf(!hasChromium)(`in headless Chromium${skipReason}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('shows the page of `warta extract --format html` with the article, its highlights and a working click', async () => {
    const [html, json] = await Promise.all([
      runCli(['extract', '--format', 'html', '--date', '2024-11-11', EXAMPLE]),
      runCli(['extract', '--date', '2024-11-11', EXAMPLE]),
    ]);
    expect(html.code).toBe(0);
    const result = JSON.parse(json.stdout) as Result;
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => problems.push(`request ${r.url()}`));
    await page.setContent(html.stdout);
    expect(await page.locator('.text').textContent()).toBe(EXAMPLE_TEXT);
    const highlighted = await page.locator('.text .m').evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-actor'))).size);
    expect(highlighted).toBe(result.actors.filter((a) => a.mentions.length > 0).length);
    expect(await page.locator('.text .d').count()).toBeGreaterThanOrEqual(result.dates.length > 0 ? 1 : 0);
    expect(await page.locator('aside .events li').count()).toBe(result.events.length);
    const first = page.locator('.text .m').first();
    if (highlighted > 0) {
      const index = Number(await first.getAttribute('data-actor'));
      await first.click();
      expect(await page.locator('.actor-card:visible h3').textContent()).toBe(result.actors[index]!.name);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs the library bundle in the page, with the same result as in Node', async () => {
    const bundle = readFileSync(LIBRARY, 'utf8');
    expect(bundle).not.toMatch(/\bfrom\s*["'](?:node:|fs["']|path["'])|\brequire\(/);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/index.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
      return route.fulfill({ body: '<!doctype html><title>warta</title>', contentType: 'text/html' });
    });
    await page.goto(`${ORIGIN}/`);
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const inBrowser = (await page.evaluate(
      `import('/index.js').then((warta) => JSON.stringify(warta.extractEvents(${JSON.stringify(ARTICLE.text)}, { documentDate: ${JSON.stringify(ARTICLE.documentDate)} })))`,
    )) as string;
    const { extractEvents } = (await import(pathToFileURL(LIBRARY).href)) as { extractEvents(t: string, o: object): unknown };
    const result = JSON.parse(inBrowser) as Result;
    expect(result).toEqual(JSON.parse(JSON.stringify(extractEvents(ARTICLE.text, { documentDate: ARTICLE.documentDate }))));
    expect(result.text).toBe(ARTICLE.text);
    expect(result.tokens.length).toBeGreaterThan(100);
    expect(result.sentences.length).toBeGreaterThan(3);
    expect(result.actors.length).toBeGreaterThan(0);
    expect(result.events.length).toBeGreaterThan(0);
    for (const span of allSpans(result)) expect(ARTICLE.text.slice(span.start, span.end)).toBe(span.text);
    expect(problems).toEqual([]);
    await page.close();
  });
});
