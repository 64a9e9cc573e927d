// Shared set-up for the browser tests: the static server on a free port,
// Debian's Chromium through playwright-core (one browser and one fresh
// context per test file), and a record of every request the page and its
// worker make. The page promises that the text never leaves the machine, so
// a request to any other origin is blocked and fails the test that made it.
import assert from 'node:assert/strict';
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
