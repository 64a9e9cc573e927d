// Several reports at once (issue 12): the national reports of 2022-2024 and
// the Baoding series opened together as a person opens them (the file input
// takes several files), the list of reports, table#promises with its data
// attributes, a promise's side opening its sentence in the right report,
// removing a report, the reports kept over a reload, the panel's downloads,
// and the page's responsiveness with 50 reports loaded.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, download as downloadFrom, parseCsv } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = (f) => path.join(root, 'tests', 'data', f);
const NATIONAL = ['2022', '2023', '2024'].map((y) => data(`panel/national-${y}.txt`));
const BAODING = [data('panel/baoding-2021.txt'), data('zh-fresh/corpus/prefecture-baoding-2022.txt'), data('panel/baoding-2023.txt')];
const asFile = (p) => ({ name: path.basename(p), mimeType: 'text/plain', buffer: fs.readFileSync(p) });

let app, page, dir;
before(async () => {
  app = await openApp();
  page = app.page;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-panel-'));
});
after(async () => { await app?.close(); if (dir) fs.rmSync(dir, { recursive: true, force: true }); });
afterEach(() => app.checkClean());

/** The promises table as its rows' data attributes and cells. */
const readPromises = () => page.$$eval('table#promises tbody tr', (trs) => trs.map((tr) => ({
  ...tr.dataset, cells: [...tr.children].map((td) => td.textContent),
})));

async function openTab(name) {
  await page.click(`#tabs button[data-tab="${name}"]`);
}

test('several files at once: the list of reports and table#promises', async () => {
  await page.setInputFiles('#file', NATIONAL.map(asFile));
  await page.waitForFunction(() => document.querySelectorAll('#reports li').length === 3 && document.querySelector('table#promises'));
  const reports = await page.$$eval('#reports li', (lis) => lis.map((li) => [li.dataset.government, li.querySelector('.meta').textContent]));
  assert.deepEqual(reports.map((r) => r[0]), ['中国', '中国', '中国']);
  assert.match(reports[1][1], /中国 · 国家 · 2023 · 政府工作报告 · \d+ 个指标/);
  await openTab('promises');
  const rows = await readPromises();
  const gdp = rows.find((r) => r.concept === 'gdp' && r.year === '2022');
  assert.deepEqual([gdp.status, gdp.government, gdp.source], ['missed', '中国', 'national-2022.txt']);
  assert.deepEqual(gdp.cells.slice(3), ['5.5%（2022）', '3%（2023）', '-2.5 个百分点', '未完成']);
  // every promise of the series, as `zhibiao panel` gives them (tests/panel.rs)
  assert.deepEqual(rows.map((r) => [r.year, r.concept, r.status]), [
    ['2022', 'gdp', 'missed'], ['2022', 'urban_jobs_new', 'met'], ['2022', 'unemployment_rate', 'unclear'],
    ['2022', 'cpi', 'met'], ['2022', 'grain_output', 'met'],
    ['2023', 'gdp', 'met'], ['2023', 'urban_jobs_new', 'met'], ['2023', 'unemployment_rate', 'met'], ['2023', 'cpi', 'met'],
  ]);
  assert.deepEqual(rows.filter((r) => r.status === 'unclear').map((r) => r.cells[6]), ['难以判断']);
  assert.match(await page.textContent('#tolerance'), /±0\.1 个百分点/, 'the tolerance is shown');
  assert.ok(await page.$('svg.promises-chart[data-concept="gdp"]'), 'a chart of the GDP targets and results');
  // the indicator table names each row's source and concept
  const sources = await page.$$eval('table#indicators tbody tr td.source-col', (tds) => new Set(tds.map((td) => td.textContent)).size);
  assert.equal(sources, 3);
});

test('a side of a promise opens its sentence in its own report', async () => {
  await openTab('promises');
  await page.click('table#promises tbody tr[data-concept="gdp"][data-year="2022"] td.side.actual');
  await page.waitForFunction(() => document.querySelector('#source mark.active')?.textContent === '3%');
  assert.equal(await page.$eval('#reports li.current .pick', (b) => b.textContent), 'national-2023.txt');
  assert.ok((await page.textContent('#source')).includes('国内生产总值增长3%'));
  await page.click('table#promises tbody tr[data-concept="gdp"][data-year="2022"] td.side.target');
  await page.waitForFunction(() => document.querySelector('#source mark.active')?.textContent === '5.5%左右'
    || document.querySelector('#source mark.active')?.textContent === '5.5%');
  assert.equal(await page.$eval('#reports li.current .pick', (b) => b.textContent), 'national-2022.txt');
});

test('the filter reads the concept and the source', async () => {
  await openTab('list');
  await page.fill('#filter', 'unemployment_rate');
  await page.waitForFunction(() => [...document.querySelectorAll('table#indicators tbody tr[data-index]')].every((tr) => tr.children[9].textContent === 'unemployment_rate'));
  const n = await page.$$eval('table#indicators tbody tr[data-index]', (trs) => trs.length);
  assert.ok(n >= 4, `${n} unemployment rows`);
  await page.fill('#filter', '');
});

test('the panel downloads: CSV long table, promises CSV, JSON, XLSX of three sheets', async () => {
  const csv = await downloadFrom(page, dir, '#download-csv');
  const records = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  assert.deepEqual(records[0].slice(0, 7), ['source', 'report_year', 'government', 'level', 'document', 'language', 'name']);
  assert.ok(records.some((r) => r[0] === 'national-2023.txt' && r[6] === '国内生产总值' && r[7] === '3' && r.at(-1) === 'gdp'));
  await openTab('promises');
  const pr = await downloadFrom(page, dir, '#download-promises');
  const prows = parseCsv(pr.bytes.subarray(3).toString('utf8'));
  assert.equal(prows[0][0], 'government');
  assert.equal(prows.filter((r) => r.length > 1).length - 1, (await readPromises()).length, 'the table and the file agree');
  const js = JSON.parse((await downloadFrom(page, dir, '#download-json')).bytes.toString('utf8'));
  assert.deepEqual(Object.keys(js), ['reports', 'indicators', 'promises']);
  const gdp = js.promises.find((p) => p.year === 2022 && p.concept === 'gdp');
  assert.deepEqual([gdp.status, gdp.margin, gdp.target.source, gdp.actual.source], ['missed', -2.5, 'national-2022.txt', 'national-2023.txt']);
  assert.ok(js.indicators.every((i) => i.government === '中国' && 'concept' in i && !('start16' in i)));
  const x = await downloadFrom(page, dir, '#download-xlsx');
  for (const k of [1, 2, 3]) assert.ok(x.bytes.includes(Buffer.from(`xl/worksheets/sheet${k}.xml`)), `sheet ${k}`);
});

test('the reports survive a reload; one removed leaves the others; no government is said', async () => {
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForFunction(() => document.querySelectorAll('#reports li').length === 3 && document.querySelector('table#promises'));
  // add the Baoding series and a report that names no government
  await page.setInputFiles('#file', [...BAODING, data('zh-fresh/corpus/province-hubei-2026.txt')].map(asFile));
  await page.waitForFunction(() => document.querySelectorAll('#reports li').length === 7);
  await page.waitForFunction(() => document.querySelectorAll('table#promises tbody tr[data-government="保定市"]').length === 14);
  assert.match(await page.textContent('#unnamed'), /1 份报告未写明/);
  // remove the 2022 national report: its targets go, the promises of 2022 with them
  await page.click('#reports li[data-index="0"] .remove');
  await page.waitForFunction(() => document.querySelectorAll('#reports li').length === 6);
  await page.waitForFunction(() => !document.querySelector('table#promises tbody tr[data-government="中国"][data-year="2022"]'));
  const national = (await readPromises()).filter((r) => r.government === '中国');
  assert.deepEqual(national.map((r) => r.year), ['2023', '2023', '2023', '2023']);
});

test('50 reports: analysed in the worker, the page answers a filter keystroke at once', async () => {
  const texts = [...NATIONAL, ...BAODING, data('panel/gaoyang-2018.txt'), data('zh-fresh/corpus/county-gaoyang-2019.txt')];
  const files = Array.from({ length: 50 }, (_, k) => {
    const p = texts[k % texts.length];
    return { name: `r${String(k).padStart(2, '0')}-${path.basename(p)}`, mimeType: 'text/plain', buffer: fs.readFileSync(p) };
  });
  page.once('dialog', (d) => d.accept());
  await page.click('#clear');
  const t0 = Date.now();
  await page.setInputFiles('#file', files);
  await page.waitForFunction(() => document.querySelectorAll('#reports li').length === 50 && document.querySelector('table#promises'), null, { timeout: 30_000 });
  const loaded = Date.now() - t0;
  const ms = Number(await page.getAttribute('table#indicators', 'data-analysis-ms'));
  // a keystroke in the filter: the time to the next frame
  const keystroke = await page.evaluate(() => new Promise((resolve) => {
    const f = document.querySelector('#filter');
    const t = performance.now();
    f.value = 'gdp';
    f.dispatchEvent(new Event('input'));
    requestAnimationFrame(() => resolve(performance.now() - t));
  }));
  // the duplicates (the same report under several names) are marked
  assert.ok(await page.$('#reports li .note'), 'duplicates are marked');
  console.log(`50 reports: loaded and shown in ${loaded} ms (worker ${ms.toFixed(0)} ms), filter keystroke ${keystroke.toFixed(1)} ms`);
  assert.ok(keystroke < 200, `a keystroke took ${keystroke} ms`);
  await page.fill('#filter', '');
});
