// An English report in the page: pasted while the interface is in Chinese,
// its figures are read in English (Hong Kong dollars for a bare `$`, English
// names, falls as negative changes), the interface switch changes the
// labels but not the reading, and the headline tab holds its forecasts.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, readTable, waitForAnalysis } from './helpers.js';

// From the Hong Kong Budget Speech 2021 (tests/data/en/SOURCES.md).
const SPEECH = `Economic Situation in 2020

8.Under the threat of the epidemic, inbound tourism was brought to a frozen state for most of the time last year amid extensive travel restrictions worldwide. Exports of travel services fell drastically by 90.5 per cent for the year as a whole.

Economic Outlook for 2021

18.Hong Kong's economy is expected to resume positive growth this year, but the progress of economic recovery will hinge on the development of the epidemic.

19.I forecast that the headline inflation rate and the underlying inflation rate will be 1.6 per cent and one per cent respectively this year.

(a)reducing profits tax for the year of assessment 2020/21 by 100 per cent, subject to a ceiling of $10,000. This will benefit 128 000 businesses and reduce government revenue by $1,050 million;
`;

let app;
let page;
before(async () => { app = await openApp(); page = app.page; });
after(async () => { await app?.close(); });
afterEach(() => app.checkClean());

const byDisplay = (rows, display) => {
  const row = rows.find((r) => r.cells.display === display);
  assert.ok(row, `a row for ${display}: ${JSON.stringify(rows.map((r) => r.cells.display))}`);
  return row.cells;
};

test('an English report pasted under the Chinese interface is read in English', async () => {
  await page.fill('#report', SPEECH);
  await waitForAnalysis(page, SPEECH);
  assert.equal(await page.textContent('th[data-key="name"]'), '名称', 'the interface stays Chinese');
  const rows = await readTable(page);
  const travel = byDisplay(rows, '90.5 per cent');
  assert.deepEqual([travel.name, travel.value, travel.unit, travel.measure, travel.kind, travel.year],
    ['Exports of travel services', '-90.5', '%', '变化', '实绩', '2020']);
  const cpi = byDisplay(rows, '1.6 per cent');
  assert.deepEqual([cpi.name, cpi.kind], ['headline inflation rate', '目标']);
  assert.equal(byDisplay(rows, 'one per cent').name, 'underlying inflation rate');
  const tax = byDisplay(rows, '100 per cent');
  assert.deepEqual([tax.value, tax.measure], ['-100', '变化']);
  const firms = byDisplay(rows, '128 000 businesses');
  assert.deepEqual([firms.value, firms.unit], ['128000', 'businesses']);
  const revenue = byDisplay(rows, '$1,050 million');
  assert.deepEqual([revenue.name, revenue.value, revenue.unit, revenue.measure],
    ['government revenue', '-1050000000', 'HKD', '变化']);
});

test('the interface switch changes the labels, not the reading', async () => {
  const before = (await readTable(page)).map((r) => [r.cells.name, r.cells.value, r.cells.unit]);
  await page.click('#lang-en');
  assert.equal(await page.textContent('th[data-key="name"]'), 'Name');
  const rows = await readTable(page);
  assert.deepEqual(rows.map((r) => [r.cells.name, r.cells.value, r.cells.unit]), before);
  assert.equal(byDisplay(rows, '90.5 per cent').measure, 'change');
  await page.click('#lang-zh');
});

test('the headline tab holds the forecasts', async () => {
  await page.click('#tabs button[data-tab="headline"]');
  const names = await page.$$eval('#panel-headline table.summary tbody tr', (trs) => trs.map((tr) => tr.children[0].textContent));
  assert.deepEqual(names, ['headline inflation rate', 'underlying inflation rate']);
});
