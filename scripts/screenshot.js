// The README's picture: serves www/ on a free port, opens the page in
// Debian's Chromium at 1400×900, loads the example, opens the "目标与上年实绩"
// tab, selects the 人才公寓 pair (its figure highlighted in the source) and
// saves docs/screenshot.png. `npm run screenshot` (needs the wasm built).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'docs', 'screenshot.png');
const ROW = '人才公寓';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="1"]');

  await page.click('#load-example');
  await page.waitForFunction(() => Number(document.querySelector('table#indicators').dataset.count) > 0 &&
    document.querySelector('#source').textContent === document.querySelector('#report').value);

  await page.click('#tabs button[data-tab="pairs"]');
  const row = page.locator('#panel-pairs tbody tr').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${ROW}$`) }) });
  await row.click();
  await page.waitForSelector('#source mark.active');
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, 0));

  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}
