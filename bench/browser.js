// Browser benchmark (`npm run bench:browser`): in headless Chromium, times
// the wasm instantiation, `analyze` on 20 KB, 200 KB and 2 MB of report
// text, and paste-to-table through the page; and the native CLI on the same
// text for the WASM/native ratio. Then the page at scale: a 20 MB paste
// (time to the first progress, time to the table, the longest main-thread
// task and the longest gap between animation frames while it runs), and a
// table of 100,000 rows (time per sort click and per filter keystroke, the
// goal being under 100 ms). Prints figures; asserts nothing.
// `node bench/browser.js --scale` runs the page-at-scale part only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = ['jintan-2023.txt', 'zh-national-2024.txt'].map((f) => fs.readFileSync(path.join(root, 'tests/data/corpus', f), 'utf8')).join('\n');
const sized = (bytes) => { let s = ''; while (Buffer.byteLength(s) < bytes) s += `${corpus}\n`; return s; };
const sizes = [['20 KB', 20e3], ['200 KB', 200e3], ['2 MB', 2e6]];
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // the 100,000-row timings start from a collected heap, not the 20 MB paste's garbage
    '--js-flags=--expose-gc'],
});
const page = await browser.newPage();
page.on('crash', () => console.log('the page crashed'));
page.on('console', (m) => { if (m.type() === 'error') console.log('page error:', m.text()); });
await page.goto(`${origin}/`);
await page.waitForSelector('body[data-ready="1"]');

const inst = await page.evaluate(async () => {
  const t0 = performance.now();
  const m = await import('./pkg/zhibiao.js');
  await m.default();
  window.__core = m;
  return performance.now() - t0;
});
console.log(`wasm instantiation (main thread, fetch + compile + init): ${inst.toFixed(1)} ms`);

const bin = path.join(root, 'target/release/zhibiao');
const scaleOnly = process.argv.includes('--scale');
for (const [label, bytes] of scaleOnly ? [] : sizes) {
  const text = sized(bytes);
  const wasm = await page.evaluate((t) => {
    const runs = [];
    for (let i = 0; i < 5; i++) { const t0 = performance.now(); window.__core.analyze(t); runs.push(performance.now() - t0); }
    return runs;
  }, text);
  let native = null;
  if (fs.existsSync(bin)) {
    const f = path.join(os.tmpdir(), `zhibiao-bench-${bytes}.txt`);
    fs.writeFileSync(f, text);
    const empty = path.join(os.tmpdir(), 'zhibiao-bench-empty.txt');
    fs.writeFileSync(empty, 'x');
    // k copies in one batch run amortise the process start-up
    const k = Math.max(1, Math.round(2e6 / bytes));
    const time = (file) => {
      const t0 = process.hrtime.bigint();
      execFileSync(bin, ['extract', ...Array(k).fill(file), '--format', 'jsonl'], { maxBuffer: 1 << 30 });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const base = median([0, 1, 2].map(() => time(empty)));
    native = (median([0, 1, 2, 3, 4].map(() => time(f))) - base) / k;
  }
  // paste to table: through the page, the worker and the DOM
  const paste = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => { const t = document.querySelector('#report'); t.value = ''; t.dispatchEvent(new Event('input')); });
    await page.waitForFunction(() => document.querySelector('#indicators').dataset.count === '0');
    paste.push(await page.evaluate(async (t) => {
      const ta = document.querySelector('#report');
      const t0 = performance.now();
      ta.value = t;
      ta.dispatchEvent(new Event('paste'));
      ta.dispatchEvent(new Event('input'));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('#indicators').dataset.count !== '0' ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    }, text));
  }
  const w = median(wasm);
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(`${label}: wasm analyze ${w.toFixed(1)} ms (${(mb / (w / 1000)).toFixed(1)} MB/s)` +
    (native !== null ? `, native CLI ${native.toFixed(1)} ms incl. JSON (wasm/native ${(w / native).toFixed(2)})` : '') +
    `, paste to table ${median(paste).toFixed(0)} ms`);
}
// ---- the page at scale ----------------------------------------------------
const clearPage = async () => {
  // the Clear button, as a person would (a held large text is cleared there)
  page.once('dialog', (d) => d.accept());
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelector('#indicators').dataset.count === '0');
};
// Pastes `text` as a person would and waits for the table; meanwhile records
// the first progress shown, the long tasks of the main thread and the gaps
// between animation frames.
const pasteAndWatch = (text) => page.evaluate(async (t) => {
  const label = document.querySelector('#progress-label');
  const longTasks = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push(e.duration); });
  po.observe({ type: 'longtask' });
  let running = true, last = performance.now(), maxGap = 0;
  const tick = (now) => { maxGap = Math.max(maxGap, now - last); last = now; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  await new Promise((r) => requestAnimationFrame(() => r()));
  const ta = document.querySelector('#report');
  const t0 = performance.now();
  let barShown = null, firstPercent = null;
  const mo = new MutationObserver(() => {
    const now = performance.now() - t0;
    if (barShown === null && !label.hidden) barShown = now;
    if (firstPercent === null && /^[1-9]\d*%$/.test(label.textContent)) firstPercent = now;
  });
  mo.observe(label, { childList: true, characterData: true, subtree: true, attributes: true });
  ta.value = '';
  ta.focus();
  const dt = new DataTransfer();
  dt.setData('text/plain', t);
  // a person's paste: the page decides where the text goes; if it lets the
  // box take it, the box takes it
  if (ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))) {
    ta.value = t;
    ta.dispatchEvent(new Event('input'));
  }
  const sync = performance.now() - t0;
  await new Promise((resolve) => {
    const check = () => (document.querySelector('#indicators').dataset.count !== '0' ? resolve() : setTimeout(check, 5));
    check();
  });
  const table = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const painted = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  running = false;
  po.disconnect();
  mo.disconnect();
  return {
    sync, barShown, firstPercent, table, painted, maxGap,
    longest: Math.max(0, ...longTasks), longTasks: longTasks.length,
    rows: Number(document.querySelector('#indicators').dataset.count),
  };
}, text);
const ms = (x) => (x === null ? '–' : `${x.toFixed(0)} ms`);

{
  const text = sized(20e6);
  await clearPage();
  const r = await pasteAndWatch(text);
  console.log(`20 MB paste (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${r.rows} rows): ` +
    `progress bar ${ms(r.barShown)}, first percentage ${ms(r.firstPercent)}, table ${ms(r.table)}, painted ${ms(r.painted)}; ` +
    `main thread: paste handler ${ms(r.sync)}, longest task ${ms(r.longest)} (${r.longTasks} tasks over 50 ms), longest frame gap ${ms(r.maxGap)}`);
}

{
  // enough copies of the corpus for 100,000 rows
  const per = await page.evaluate((t) => window.__core.analyze(t).indicators.length, `${corpus}\n`);
  const text = `${corpus}\n`.repeat(Math.ceil(100_000 / per));
  await clearPage();
  const r = await pasteAndWatch(text);
  console.log(`${r.rows} rows (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB): table ${ms(r.table)}, longest task ${ms(r.longest)}`);
  // the page has a second to get ready while idle, as after a paste
  await page.evaluate(() => new Promise((res) => setTimeout(res, 1000)));
  await page.evaluate(() => window.gc?.());
  // one sort click or keystroke: the handler, then the frame it paints
  const timed = (action, arg) => page.evaluate(async ([a, x]) => {
    const t0 = performance.now();
    if (a === 'sort') document.querySelector(`th[data-key="${x}"]`).click();
    else {
      const f = document.querySelector('#filter');
      f.value = x;
      f.dispatchEvent(new Event('input'));
    }
    const handler = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { handler, frame: performance.now() - t0 };
  }, [action, arg]);
  // two rounds: the first click on a column computes its ranks
  const sorts = [];
  const keys = [];
  for (let round = 1; round <= 2; round++) {
    for (const key of ['value', 'name', 'section', 'year', 'unit']) {
      for (const dir of ['asc', 'desc']) sorts.push([`${key} ${dir}`, await timed('sort', key)]);
    }
    for (const v of ['亿', '亿美', '亿美元', '亿美', '亿', '', 'g', 'gd', 'gdp', '']) keys.push([JSON.stringify(v), await timed('filter', v)]);
    // sorted and filtered at once
    await timed('sort', 'value');
    for (const v of ['增', '增长', '']) keys.push([`${JSON.stringify(v)} (sorted)`, await timed('filter', v)]);
  }
  const stats = (list, f) => {
    const xs = list.map(([, x]) => x[f]).sort((a, b) => a - b);
    return `median ${xs[Math.floor(xs.length / 2)].toFixed(0)} ms, worst ${xs[xs.length - 1].toFixed(0)} ms`;
  };
  const worstOf = (list) => list.reduce((w, x) => (x[1].frame > w[1].frame ? x : w));
  if (process.env.BENCH_VERBOSE) console.log(sorts.map(([k, x]) => `${k} ${x.handler.toFixed(0)}/${x.frame.toFixed(0)}`).join(", "));
  for (const [what, list] of [['sort clicks', sorts], ['filter keystrokes', keys]]) {
    const [wk, wx] = worstOf(list);
    console.log(`${what} (${list.length}): handler ${stats(list, 'handler')}; to the next frame ${stats(list, 'frame')} (worst: ${wk}, handler ${wx.handler.toFixed(0)} ms)`);
  }
}

await browser.close();
server.close();
