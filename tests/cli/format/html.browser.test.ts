// The HTML page as a person sees it, in headless Chromium: highlights, a click that shows the
// actor, quotes that point at their speakers, the events beside the text, and hostile text inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { htmlDocument, htmlPageEnd, htmlPageStart } from '../../../src/cli/format/html.js';
import { ARTICLE, fixtureResult } from '../fixture.js';
import { hasChromium, launch, skipReason } from '../browser.js';

describe.skipIf(!hasChromium)(`HTML page in headless Chromium${skipReason}`, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(htmlPageStart('berita <1>') + htmlDocument(fixtureResult(), { id: 'berita <1>', number: 0 }) + htmlPageEnd());
  });
  afterAll(async () => browser?.close());

  it('shows the article exactly, with its markup as text and nothing run or loaded', async () => {
    expect(await page.locator('.text').textContent()).toBe(ARTICLE);
    // The article's markup is in the text and in the list of quotes, as text: the page's only element
    // of those kinds is its own script.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('aside .quotes li').nth(1).textContent()).toContain('<script>window.pwned=2</script>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.title()).toBe('berita <1> · warta');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('highlights actors by type, dates, quotes, speakers and event verbs', async () => {
    expect(await page.locator('.text .m.t-person').allTextContents()).toEqual(['Hendra Saputra', 'Hendra', 'Ia']);
    expect(await page.locator('.text .m.t-location').allTextContents()).toEqual(['KARAWANG', 'Karawang']);
    expect(await page.locator('.text .d').allTextContents()).toEqual(['Senin (11/11/2024)']);
    expect((await page.locator('.text .qd').allTextContents()).join('')).toBe('Beras ini harus sampai paling lambat Rabu,');
    expect(await page.locator('.text .spk').allTextContents()).toEqual(['Hendra', 'Ia']);
    expect(await page.locator('.text .trg').allTextContents()).toEqual(['menyalurkan', 'ujar']);
    const colour = (selector: string): Promise<string> => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour('.text .t-person')).not.toBe(await colour('.text .t-location'));
  });

  it('shows the actor and marks all its mentions when a mention is clicked', async () => {
    expect(await page.locator('.actor-card:visible').count()).toBe(0);
    await page.locator('.text .m').filter({ hasText: /^Ia$/ }).click();
    const card = page.locator('.actor-card:visible');
    expect(await card.locator('h3').textContent()).toBe('Hendra Saputra');
    expect(await card.locator('dd').allTextContents()).toEqual(['person', 'Bupati Karawang', 'Hendra', '3', '2']);
    expect(await page.locator('.text .hl').allTextContents()).toEqual(['Hendra Saputra', 'Hendra', 'Ia']);
    await page.locator('.text .m').filter({ hasText: /^KARAWANG$/ }).click();
    expect(await page.locator('.actor-card:visible h3').textContent()).toBe('Karawang');
  });

  it('links a quote to its speaker when the quote is hovered', async () => {
    await page.locator('.text .qi').first().hover();
    expect(await page.locator('.text .spk.linked').allTextContents()).toEqual(['Ia']);
    expect(await page.locator('.actor-card:visible h3').textContent()).toBe('Hendra Saputra');
  });

  it('lists the events beside the text, each pointing at its verb', async () => {
    const items = page.locator('aside .events li');
    expect(await items.allTextContents()).toEqual(['Hendra Saputra – menyalurkan – warga – 2024-11-11 – Karawang', 'Hendra Saputra – ujar – · – · – ·']);
    const [textBox, aside] = await Promise.all([page.locator('.text').boundingBox(), page.locator('aside').boundingBox()]);
    expect(aside!.x).toBeGreaterThan(textBox!.x + textBox!.width - 1);
    await items.first().click();
    expect(await page.locator('.text .trg.flash').allTextContents()).toEqual(['menyalurkan']);
  });
});
