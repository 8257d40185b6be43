import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './_browser.js';
import { type DemoServer, HOSTILE_OUTLET, startDemoServer } from './_demo-server.js';

/** The page's own globals, typed just enough for the checks run inside it (the root tsconfig has no DOM library). */
interface PageElement {
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): PageElement[] & { length: number };
  documentElement: { scrollWidth: number };
};
declare const window: { innerWidth: number };
declare function getComputedStyle(element: unknown): { outlineStyle: string };

// Screenshots of every view, desktop and phone, for a person to look at (test-results/ is not committed).
const SHOTS = resolve('test-results/screenshots');
const TRADE_KEY = 'trade.total|CN,KZ||USD|year';
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

interface ApiSource {
  document: string;
  ord: number;
  text: string;
  outlet: string | null;
}
interface ApiSeries {
  key: string;
  observations: Array<{ period: { label: string }; sources: ApiSource[] }>;
}

let demo: DemoServer;
let browser: Browser;
/** Everything the pages said that a strict CSP or a script error would say: must stay empty. */
const problems: string[] = [];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${demo.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  await page.goto(`${demo.url}${path}`);
  return page;
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function tradeSeries(): Promise<ApiSeries> {
  const { items } = await api<{ items: ApiSeries[] }>(
    '/api/series?parties=CN,KZ&indicator=trade.total&limit=500',
  );
  const series = items.find((s) => s.key === TRADE_KEY);
  if (!series) throw new Error(`no series ${TRADE_KEY}`);
  return series;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemoServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  console.log(`dashboard screenshots: ${SHOTS}`);
});

describe('dashboard on the demo store, in headless Chromium', () => {
  it('shows the relationships on the overview with their headline figures', async () => {
    const page = await open('/');
    const card = page.locator('.relationship-card', { hasText: 'China–Kazakhstan' });
    await card.waitFor();
    expect(await card.locator('.headline').count()).toBeGreaterThan(0);
    expect(await card.textContent()).toMatch(/\d+(\.\d+)? bn USD/);
    await shot(page, 'overview-desktop');
    await page.setViewportSize(PHONE);
    await shot(page, 'overview-phone', false);
    await page.close();
  }, 60_000);

  it('draws CN-KZ trade with one point per source, each opening its sentence in the reader', async () => {
    const series = await tradeSeries();
    const expected = series.observations.reduce((n, o) => n + o.sources.length, 0);
    // Verified on the demo store, the cells of the HTML tables included: 3 in 2019, 3 in 2020, 2 in 2021 (tables
    // only), 7 in 2022 and 7 in 2023.
    expect(expected).toBe(22);

    const page = await open('/relationship/CN-KZ?indicator=trade.total');
    const panel = page.locator(`[data-series-key="${TRADE_KEY}"]`);
    await panel.locator('canvas').waitFor();
    await expect.poll(() => panel.locator('.point').count()).toBe(expected);
    expect(await panel.locator('.point--conflict').count()).toBeGreaterThan(0);
    await shot(page, 'relationship-cn-kz-desktop');

    // Hover shows the outlet; a click opens the reader with the figure highlighted.
    const source = series.observations.find((o) => o.period.label === '2023')?.sources[0] as ApiSource;
    const point = panel.locator(`.point[data-document="${source.document}"][data-ord="${source.ord}"]`);
    await point.hover();
    await expect.poll(() => point.locator('.point-tip').isVisible()).toBe(true);
    expect(await point.locator('.point-tip').textContent()).toContain(source.outlet ?? 'unknown outlet');
    await shot(page, 'relationship-point-hover', false);
    await point.click();
    await page.waitForURL(`**/documents/${source.document}?highlight=figure-${source.ord}`);
    const mark = page.locator(`mark[data-record="figure-${source.ord}"]`);
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toBe(source.text);
    expect(await mark.first().getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.record-panel h2').textContent()).toContain(source.text);
    await shot(page, 'reader-from-point-desktop');
    await page.close();
  }, 60_000);

  it('works with the keyboard: a focused point and a focused mark open on Enter', async () => {
    const page = await open('/relationship/CN-KZ?indicator=trade.total');
    const first = page.locator(`[data-series-key="${TRADE_KEY}"] .point`).first();
    await first.waitFor();
    const document = await first.getAttribute('data-document');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/documents/${document}?highlight=figure-*`);
    // Tab from the page's start reaches a mark; Enter on it selects its record.
    const mark = page.locator('mark.hl[tabindex="0"]').nth(2);
    await mark.focus();
    const record = await mark.getAttribute('data-record');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/documents/${document}?highlight=${record}`);
    expect(await mark.getAttribute('aria-pressed')).toBe('true');
    const outline = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  }, 60_000);

  it('shows the grain-exports commitment as kept on the board, citing its sentence', async () => {
    const page = await open('/commitments?parties=CN,KZ');
    const kept = page.locator('.column[data-status="kept"]');
    const card = kept.locator('.commitment-card', { hasText: /raise grain exports to china further/i });
    await card.waitFor();
    expect(await card.locator('blockquote').textContent()).toMatch(/grain/i);
    expect(await card.locator('.cite').textContent()).toMatch(/\d{4}/);
    const elsewhere = page.locator('.column:not([data-status="kept"]) .commitment-card', {
      hasText: /raise grain exports to china further/i,
    });
    expect(await elsewhere.count()).toBe(0);
    await shot(page, 'commitments-desktop', false);
    await page.close();
  }, 60_000);

  it('reloads a shared URL to the same view: relationship, filtered board, reader', async () => {
    const page = await open('/relationship/CN-KZ?indicator=trade.total');
    await page.locator('.point').first().waitFor();
    await page.locator('.indicator-picker a', { hasText: 'Number of joint projects' }).click();
    await page.waitForURL('**/relationship/CN-KZ?indicator=projects.count');
    await page.locator('.series-panel canvas').first().waitFor();
    const view = () =>
      page.evaluate(() => ({
        current: document.querySelector('.indicator-picker [aria-current="page"]')?.textContent,
        series: [...document.querySelectorAll('.series-panel')].map((p) => [
          p.dataset.seriesKey,
          p.dataset.points,
        ]),
      }));
    const before = await view();
    expect(before.series.length).toBeGreaterThan(0);
    await page.reload();
    await page.locator('.series-panel canvas').first().waitFor();
    expect(await view()).toEqual(before);

    // The board filtered by sector: the filter is in the URL, and a fresh page on that URL shows the same cards.
    await page.goto(`${demo.url}/commitments?parties=CN,KZ`);
    await page.locator('#sector').selectOption('agriculture');
    await page.waitForURL('**/commitments?parties=CN%2CKZ&sector=agriculture');
    const shared = page.url();
    const cards = () => page.locator('.commitment-card h3').allTextContents();
    const filtered = await cards();
    const fromApi = await api<{ items: unknown[] }>(
      '/api/commitments?parties=CN,KZ&sector=agriculture&limit=500',
    );
    expect(filtered.length).toBe(fromApi.items.length);
    const fresh = await open(shared.replace(demo.url, ''));
    await fresh.locator('.commitment-card').first().waitFor();
    expect(await fresh.locator('#sector').inputValue()).toBe('agriculture');
    expect(await fresh.locator('.commitment-card h3').allTextContents()).toEqual(filtered);

    // The reader with a record open.
    const series = await tradeSeries();
    const source = series.observations[0]?.sources[0] as ApiSource;
    await fresh.goto(`${demo.url}/documents/${source.document}?highlight=figure-${source.ord}`);
    await fresh.reload();
    const mark = fresh.locator(`mark[data-record="figure-${source.ord}"]`).first();
    await mark.waitFor();
    expect(await mark.getAttribute('aria-pressed')).toBe('true');
    expect(await fresh.locator('.record-panel h2').textContent()).toContain(source.text);
    await page.close();
    await fresh.close();
  }, 60_000);

  it('shows a report carrying <script> and onerror markup as inert text under a strict CSP', async () => {
    const { items } = await api<{ items: Array<{ id: string }> }>(
      `/api/documents?outlet=${encodeURIComponent(HOSTILE_OUTLET)}`,
    );
    const id = items[0]?.id as string;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    const page = await browser.newPage({ viewport: DESKTOP });
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(`${demo.url}/documents/${id}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    const text = page.locator('.reader-text');
    await text.waitFor();
    expect(await text.textContent()).toContain('<script>alert(1)</script>');
    expect(await text.textContent()).toContain('<img src=x onerror="alert(2)">');
    await page.locator('.reader-text mark').first().hover();
    await page.waitForTimeout(300);
    const dom = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      images: document.querySelectorAll('img').length,
      handlers: document.querySelectorAll('[onerror], [onmouseover], [onclick]').length,
      bold: document.querySelectorAll('.reader-text b').length,
    }));
    expect(dom.scripts).toHaveLength(1);
    expect(dom.scripts[0]).toMatch(/^\/assets\/.+\.js$/);
    expect(dom.images).toBe(0);
    expect(dom.handlers).toBe(0);
    expect(dom.bold).toBe(0);
    expect(dialogs).toEqual([]);
    await shot(page, 'reader-hostile-desktop');
    await page.close();
  }, 60_000);

  it('fits a 375 px phone: no sideways scroll, every point drawn, the record as a sheet', async () => {
    const series = await tradeSeries();
    const expected = series.observations.reduce((n, o) => n + o.sources.length, 0);
    const page = await open('/relationship/CN-KZ?indicator=trade.total', PHONE);
    const panel = page.locator(`[data-series-key="${TRADE_KEY}"]`);
    await panel.locator('canvas').waitFor();
    await expect.poll(() => panel.locator('.point').count()).toBe(expected);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const canvasWidth = await panel.locator('canvas').evaluate((c) => c.getBoundingClientRect().width);
    expect(canvasWidth).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'relationship-cn-kz-phone');

    await page.goto(`${demo.url}/commitments?parties=CN,KZ`);
    await page.locator('.commitment-card').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, 'commitments-phone', false);

    const source = series.observations.find((o) => o.period.label === '2023')?.sources[0] as ApiSource;
    await page.goto(`${demo.url}/documents/${source.document}?highlight=figure-${source.ord}`);
    const mark = page.locator(`mark[data-record="figure-${source.ord}"]`).first();
    await mark.waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expect.poll(() => page.locator('.record-panel').isVisible()).toBe(true);
    // The highlighted figure is not hidden under the record sheet.
    const [markBox, sheetBox] = [await mark.boundingBox(), await page.locator('.record-panel').boundingBox()];
    expect(markBox && sheetBox && markBox.y + markBox.height <= sheetBox.y).toBe(true);
    await shot(page, 'reader-phone', false);

    await page.goto(`${demo.url}/search?q=grain`);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit mark').count()).toBeGreaterThan(0);
    await shot(page, 'search-phone', false);
    await page.close();
  }, 60_000);

  it('raised no CSP violation or script error on any page', () => {
    expect(problems).toEqual([]);
  });
});
