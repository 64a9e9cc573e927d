// Large pastes: a newer paste cancels the analysis of an older one, and a
// table of many thousands of rows is virtualised (only the rows in view are
// in the DOM) while sorting and filtering still see every row.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const report = fs.readFileSync(path.join(root, 'tests/data/corpus/jintan-2023.txt'), 'utf8');
const TARGETS = '2023年全区经济社会发展的预期目标为:地区生产总值增长8%;一般公共预算收入增长10%、力争完成65亿元;';

let app;
let page;
before(async () => { app = await openApp(); page = app.page; });
after(async () => { await app?.close(); });
afterEach(() => app.checkClean());

async function paste(text) {
  await page.evaluate((t) => {
    const ta = document.querySelector('#report');
    ta.value = t;
    ta.dispatchEvent(new Event('paste'));
    ta.dispatchEvent(new Event('input'));
  }, text);
}

test('a newer paste cancels the analysis of a large older one', async () => {
  const big = report.repeat(400); // about 2.7 MB
  await paste(big);
  await page.waitForFunction(() => !document.querySelector('#progress').hidden);
  await paste(TARGETS); // a cut of the Jintan report's targets paragraph
  await page.waitForFunction(() => document.querySelector('table#indicators').dataset.count === '3', null, { timeout: 10000 });
  assert.equal(await page.$eval('#progress', (p) => p.hidden), true, 'the progress bar is gone');
  const values = await page.$$eval('#indicators tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(values, ['8', '10', '6500000000']);
});

test('a large paste shows its progress as a percentage', async () => {
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => window.__progress.push(document.querySelector('#progress-label').textContent))
      .observe(document.querySelector('#progress-label'), { childList: true, characterData: true, subtree: true });
  });
  await paste(report.repeat(300)); // about 2 MB
  await page.waitForFunction(() => Number(document.querySelector('table#indicators').dataset.count) > 10000, null, { timeout: 30000 });
  const seen = await page.evaluate(() => window.__progress);
  const percents = seen.map((x) => Number(x.replace('%', ''))).filter((x) => !Number.isNaN(x));
  assert.ok(percents.some((x) => x > 0 && x < 100), `intermediate percentages were shown: ${seen.join(' ')}`);
  assert.ok(percents.every((x, i) => i === 0 || x >= percents[i - 1] || x === 0), 'the percentage only grows');
  assert.equal(await page.$eval('#progress', (p) => p.hidden), true, 'the bar goes when the table is there');
});

test('many rows are virtualised; sort and filter see them all', async () => {
  const big = report.repeat(60);
  await paste(big);
  await page.waitForFunction(() => Number(document.querySelector('table#indicators').dataset.count) > 5000, null, { timeout: 20000 });
  const n = await page.$eval('table#indicators', (t) => Number(t.dataset.count));
  const inDom = await page.$$eval('#indicators tbody tr[data-index]', (trs) => trs.length);
  assert.ok(inDom < 200, `only the rows in view are in the DOM (${inDom} of ${n})`);
  await page.fill('#filter', '亿美元');
  const summary = await page.textContent('#summary');
  const shown = Number(/筛选后 (\d+) 个/.exec(summary)[1]);
  assert.equal(shown, 60 * 3, 'three 亿美元 figures per copy of the report');
  await page.fill('#filter', '');
  await page.click('th[data-key="value"]');
  await page.click('th[data-key="value"]');
  const first = await page.$eval('#indicators tbody tr[data-index] td:nth-child(3)', (td) => td.textContent);
  assert.equal(first, '330000000000', 'descending sort puts the largest value first');
});

test('a paste too large for the box is held beside it: the box shows its beginning, the analysis has it all', async () => {
  const one = TARGETS + '\n';
  const big = one.repeat(Math.ceil(1_200_000 / one.length)); // over a million characters
  await page.evaluate((t) => {
    const ta = document.querySelector('#report');
    ta.value = '';
    ta.focus();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, big);
  const figures = 3 * (big.length / one.length);
  await page.waitForFunction((n) => Number(document.querySelector('table#indicators').dataset.count) === n, figures, { timeout: 30000 });
  const box = await page.$eval('#report', (ta) => ({ readOnly: ta.readOnly, length: ta.value.length }));
  assert.deepEqual(box, { readOnly: true, length: 20000 }, 'the box shows the first 20,000 characters, read-only');
  assert.equal(await page.$eval('#source', (s) => s.textContent.length), big.length, 'the source pane has the whole text');
  assert.match(await page.textContent('#message'), /文本较大（1\.2 百万字符）/);
  // clearing gives the box back
  page.once('dialog', (d) => d.accept());
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelector('table#indicators').dataset.count === '0');
  assert.deepEqual(await page.$eval('#report', (ta) => ({ readOnly: ta.readOnly, value: ta.value })), { readOnly: false, value: '' });
});
