// Shared set-up for the browser tests: the static server on a free port,
// Debian's Chromium through playwright-core (one browser and one fresh
// context per test file), and a record of every request the page and its
// worker make. The page promises that the text never leaves the machine, so
// a request to any other origin is blocked and fails the test that made it.
import assert from 'node:assert/strict';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const isInline = (url) => url.startsWith('data:') || url.startsWith('blob:');

/**
 * Starts the server and the browser and opens the page.
 * Returns { page, context, origin, url, requests, foreign, errors, checkClean(), close() }.
 */
export async function openApp({ timezoneId = 'Asia/Shanghai', locale = 'zh-CN' } = {}) {
  const server = await startServer(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ acceptDownloads: true, timezoneId, locale });

  const requests = []; // every URL asked for, in order
  const foreign = []; // the ones not on the server's origin
  const errors = []; // uncaught exceptions in the page
  const onRequest = (url) => {
    requests.push(url);
    if (!isInline(url) && new URL(url).origin !== origin) foreign.push(url);
  };
  context.on('request', (r) => onRequest(r.url()));
  // Block, not only record: nothing may reach another host even once.
  await context.route((u) => !isInline(u.href) && u.origin !== origin, (route) => {
    if (!foreign.includes(route.request().url())) foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(`worker: ${m.text()}`); }));
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="1"]');

  return {
    page, context, browser, server, origin, url: `${origin}/`, requests, foreign, errors,
    /** Fails when the page asked another origin for anything or threw. */
    checkClean() {
      assert.deepEqual(foreign, [], `requests left the server's origin ${origin}`);
      assert.deepEqual(errors, [], 'uncaught errors in the page');
      assert.ok(requests.some((u) => u.endsWith('/pkg/zhibiao_bg.wasm')), 'the request log saw the worker load the wasm');
    },
    async close() {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await new Promise((r) => server.close(r));
    },
  };
}

/** Waits until the page has analysed `text`: the source pane shows it. */
export async function waitForAnalysis(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('#source').textContent === t && !/…|\.\.\./.test(document.querySelector('#summary').textContent),
    text,
  );
}

/** Clicks "load the example" and waits for the table to fill. */
export async function loadExample(page) {
  await page.click('#load-example');
  await page.waitForFunction(() => {
    const t = document.querySelector('table#indicators');
    return Number(t.dataset.count) > 0 && document.querySelector('#source').textContent === document.querySelector('#report').value;
  });
}

/** The text the page keeps in IndexedDB (database zhibiao, store texts, key current), or null. */
export async function storedText(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('zhibiao');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('texts')) { db.close(); resolve(null); return; }
      const get = db.transaction('texts').objectStore('texts').get('current');
      get.onsuccess = () => { db.close(); resolve(get.result ?? null); };
      get.onerror = () => reject(get.error);
    };
  }));
}

/** Waits until the page has saved `text` in IndexedDB; fails after `timeout` ms. */
export async function waitForStored(page, text, timeout = 10_000) {
  const until = Date.now() + timeout;
  let got;
  while ((got = await storedText(page)) !== text) {
    if (Date.now() > until) {
      throw new Error(`the stored text is ${got === null ? 'missing' : `${got.length} characters`}, not the ${text.length} expected`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The table as an array of rows: { index, cls, cells: {name, display, value, ...} }. */
export async function readTable(page) {
  return page.$$eval('table#indicators tbody tr[data-index]', (trs) => {
    const keys = [...document.querySelectorAll('table#indicators thead th')].map((th) => th.dataset.key);
    return trs.map((tr) => ({
      index: Number(tr.dataset.index),
      cls: tr.className,
      cells: Object.fromEntries([...tr.children].map((td, k) => [keys[k], td.textContent])),
    }));
  });
}

/** Today's date, YYYY-MM-DD, in a time zone. */
export function todayIn(timeZone, when = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

/** A page with the example report loaded and a scratch folder for downloads. */
export async function openWithExample(prefix, options = {}) {
  const app = await openApp(options);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  await loadExample(app.page);
  return {
    app,
    page: app.page,
    dir,
    close: async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Clicks a download button in `page`; saves the file in `dir`; returns its name and bytes. */
export async function download(page, dir, button) {
  // An export that fails shows its error in #message: fail with it at once.
  const failed = page.evaluate(() => new Promise((resolve) => {
    const m = document.querySelector('#message');
    const seen = new MutationObserver(() => { if (m.classList.contains('error')) { seen.disconnect(); resolve(m.textContent); } });
    seen.observe(m, { childList: true, characterData: true, subtree: true, attributes: true });
    setTimeout(() => { seen.disconnect(); }, 15_000);
  })).then((msg) => { throw new Error(`the page reported: ${msg}`); }, () => new Promise(() => {}));
  const [dl] = await Promise.race([
    Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click(button)]),
    failed,
  ]);
  const name = dl.suggestedFilename();
  const file = path.join(dir, name);
  await dl.saveAs(file);
  assert.equal(await dl.failure(), null);
  return { name, bytes: fs.readFileSync(file), file };
}

/** RFC 4180: fields split by commas, records by CRLF (or LF); a quoted field may hold commas, line breaks and "" for a quote. */
export function parseCsv(text) {
  const records = [];
  let record = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { record.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') { record.push(field); records.push(record); record = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  return records;
}
