// Offline (issue 13): after one visit the service worker has the page, its
// modules and the wasm modules (the lazy ones too), so with the network
// gone the page opens again, analyses, finds and writes a workbook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, waitForAnalysis } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const report = fs.readFileSync(path.join(root, 'tests/data/corpus/jintan-2023.txt'), 'utf8');

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('the page installs a manifest and a strict CSP', async () => {
  const { page } = app;
  const manifest = await page.$eval('link[rel="manifest"]', (l) => l.href);
  const res = await page.request.get(manifest);
  const m = await res.json();
  assert.equal(m.start_url, './');
  assert.equal(m.display, 'standalone');
  assert.ok(m.icons.length > 0);
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (x) => x.content);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
});

test('after one visit the page opens and works offline', async () => {
  const { page, context } = app;
  // the first visit: the service worker installs and takes the page
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(async () => {
    const c = await caches.open('zhibiao-v1');
    const keys = await c.keys();
    if (!keys.some((k) => k.url.endsWith('/pkg-search/zhibiao_bg.wasm'))) throw new Error('the lazy modules are cached');
  });

  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    const text = report.split('\n').slice(0, 40).join('\n');
    await page.fill('#report', text);
    await waitForAnalysis(page, text);
    assert.ok(Number(await page.$eval('table#indicators', (t) => t.dataset.count)) > 10, 'analysed offline');
    // the lazy search module comes from the cache too
    await page.fill('#find', '亿元');
    await page.waitForFunction(() => /^1\/\d+$/.test(document.querySelector('#find-count').textContent));
    // and the workbook module
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-offline-'));
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
    const file = path.join(dir, dl.suggestedFilename());
    await dl.saveAs(file);
    assert.equal(fs.readFileSync(file).subarray(0, 2).toString(), 'PK', 'an XLSX written offline');
    fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(app.foreign, []);
  assert.deepEqual(app.errors, []);
});
