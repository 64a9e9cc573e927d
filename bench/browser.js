// Browser benchmark (`npm run bench:browser`): in headless Chromium, times
// the wasm instantiation, `analyze` on 20 KB, 200 KB and 2 MB of report
// text, and paste-to-table through the page; and the native CLI on the same
// text for the WASM/native ratio. Prints figures; asserts nothing.
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
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
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
for (const [label, bytes] of sizes) {
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
await browser.close();
server.close();
