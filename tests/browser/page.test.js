// The page, used as a person would: load the example, read the table, sort,
// filter, follow a row to its place in the source and back, paste, reload,
// paste markup, clear, open a GB18030 file and a binary one, switch to
// English. The tests share one page (one browser context for the file) and
// run in order; each brings the page to the state it needs.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openApp, loadExample, readTable, waitForAnalysis } from './helpers.js';

let app;
let page;
before(async () => { app = await openApp(); page = app.page; });
after(async () => { await app?.close(); });
afterEach(() => app.checkClean());

const count = () => page.$eval('table#indicators', (t) => Number(t.dataset.count));
const noSpace = (s) => s.replace(/\s+/g, '');
const EMPTY_HINT = '请粘贴报告文本，或点击“载入示例报告”。';

async function ensureExample() {
  const ok = await page.evaluate(() =>
    document.querySelector('#report').value.startsWith('金坛区《政府工作报告》摘要') &&
    Number(document.querySelector('table#indicators').dataset.count) > 0 &&
    document.querySelector('#source').textContent === document.querySelector('#report').value);
  if (!ok) await loadExample(page);
  await page.fill('#filter', '');
}

test('the example loads into the table with the right rows', async () => {
  await loadExample(page);
  const rows = await readTable(page);
  assert.ok(rows.length > 50, `the example has many indicators, got ${rows.length}`);
  assert.equal(await count(), rows.length, 'data-count is the number of rows');

  const invest = rows.find((r) => r.cells.name === '协议投资总额' && r.cells.unit === 'CNY');
  assert.ok(invest, 'a row named 协议投资总额 in CNY');
  assert.equal(invest.cells.value, '60000000000');
  assert.equal(invest.cells.comparator, '>');
  assert.equal(invest.cells.display, '超600亿元');
  assert.equal(invest.cells.measure, '水平');
  assert.equal(invest.cells.kind, '实绩');
  assert.equal(invest.cells.year, '2022');

  const gdp = rows.find((r) => r.cells.name === '地区生产总值' && r.cells.kind === '目标' && r.cells.unit === '%');
  assert.ok(gdp, 'a target row named 地区生产总值 in %');
  assert.equal(gdp.cells.value, '8');
  assert.equal(gdp.cells.measure, '变化');
  assert.equal(gdp.cells.year, '2023');
  assert.equal(gdp.cells.comparator, '=');
  assert.match(gdp.cls, /\btarget\b/);

  // the summary counts agree with the table
  const actual = rows.filter((r) => r.cells.kind === '实绩').length;
  assert.match(await page.textContent('#summary'),
    new RegExp(`^共 ${rows.length} 个指标：实绩 ${actual} 个，目标 ${rows.length - actual} 个。`));
  // every row is marked once in the source
  assert.equal(await page.locator('#source mark[data-index]').count(), rows.length);
});

test('clicking the value header sorts ascending, then descending', async () => {
  await ensureExample();
  const n = await count();
  const header = page.locator('th[data-key="value"]');
  assert.equal((await header.textContent()).trim(), '基本单位数值');
  const values = async () => (await readTable(page)).map((r) => r.cells.value);
  const numeric = (vs) => vs.filter((v) => v !== '').map((v) => Number.parseFloat(v));

  await header.click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  let vs = await values();
  assert.equal(vs.length, n, 'sorting keeps every row');
  let nums = numeric(vs);
  assert.ok(nums.length > 10 && nums.every(Number.isFinite), 'the value column holds numbers');
  for (let k = 1; k < nums.length; k++) assert.ok(nums[k - 1] <= nums[k], `ascending at ${k}: ${nums[k - 1]} then ${nums[k]}`);
  assert.ok(nums[0] < nums[nums.length - 1], 'not all equal');
  const emptyAt = vs.indexOf('');
  if (emptyAt >= 0) assert.ok(vs.slice(emptyAt).every((v) => v === ''), 'rows without a value come last');

  await header.click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  vs = await values();
  assert.equal(vs.length, n);
  nums = numeric(vs);
  for (let k = 1; k < nums.length; k++) assert.ok(nums[k - 1] >= nums[k], `descending at ${k}: ${nums[k - 1]} then ${nums[k]}`);
  assert.equal(nums[0], Math.max(...nums));
  assert.ok(nums.includes(60000000000));
});

test('typing 亿美元 into the filter keeps only the rows in 亿美元', async () => {
  await ensureExample();
  const all = await readTable(page);
  const expected = all.filter((r) => r.cells.display.includes('亿美元')).map((r) => r.index).sort((a, b) => a - b);
  assert.ok(expected.length >= 3, `the example has 3 or more values in 亿美元, got ${expected.length}`);

  await page.locator('#filter').pressSequentially('亿美元');
  assert.equal(await page.inputValue('#filter'), '亿美元');
  const rows = await readTable(page);
  for (const r of rows) assert.ok(r.cells.display.includes('亿美元'), `row ${r.index} "${r.cells.display}" is in 亿美元`);
  assert.deepEqual(rows.map((r) => r.index).sort((a, b) => a - b), expected);
  assert.ok(rows.every((r) => r.cells.unit === 'USD'), '亿美元 is in USD');
  assert.ok(rows.some((r) => r.cells.name === '协议投资总额' && r.cells.value === '720000000'), '7.2亿美元 → 720000000');
  assert.match(await page.textContent('#summary'), new RegExp(`（筛选后 ${expected.length} 个）`));
  assert.equal(await count(), all.length, 'data-count stays the number of indicators');

  await page.fill('#filter', '');
  assert.equal((await readTable(page)).length, all.length, 'clearing the filter brings every row back');
});

test('clicking a row marks its value in the source and scrolls it into view', async () => {
  await ensureExample();
  // a row near the end of the text, so the source pane has to scroll
  const gdp = (await readTable(page)).find((r) => r.cells.name === '地区生产总值' && r.cells.kind === '目标' && r.cells.unit === '%');
  assert.ok(gdp);
  await page.evaluate(() => { document.querySelector('#source').scrollTop = 0; });
  await page.click(`table#indicators tbody tr[data-index="${gdp.index}"] td:first-child`);

  const marks = page.locator('#source mark.active');
  assert.equal(await marks.count(), 1, 'exactly one active mark');
  const mark = marks.first();
  assert.equal(await mark.getAttribute('data-index'), String(gdp.index));
  assert.equal(noSpace(await mark.textContent()), noSpace(gdp.cells.display));
  assert.match(await page.getAttribute(`tbody tr[data-index="${gdp.index}"]`, 'class'), /\bselected\b/);

  const view = await mark.evaluate((m) => {
    const src = document.querySelector('#source');
    const r = m.getBoundingClientRect(), s = src.getBoundingClientRect();
    return {
      inPane: r.top >= s.top && r.bottom <= s.bottom,
      inWindow: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
      scrolled: src.scrollTop,
    };
  });
  assert.ok(view.scrolled > 0, 'the source pane scrolled to the mark');
  assert.ok(view.inPane, 'the mark is inside the visible part of the source pane');
  assert.ok(view.inWindow, 'the mark is inside the window');
});

test('clicking a mark in the source selects its row', async () => {
  await ensureExample();
  const rows = await readTable(page);
  const invest = rows.find((r) => r.cells.name === '协议投资总额' && r.cells.unit === 'CNY');
  const mark = page.locator(`#source mark[data-index="${invest.index}"]`);
  assert.equal(noSpace(await mark.textContent()), '超600亿元');
  await mark.click();

  const selected = await page.$$eval('table#indicators tbody tr.selected', (trs) => trs.map((tr) => Number(tr.dataset.index)));
  assert.deepEqual(selected, [invest.index], 'the row with the same data-index, and only it, is selected');
  assert.match(await mark.getAttribute('class'), /\bactive\b/);
  assert.equal(await page.locator('#source mark.active').count(), 1);
  const inView = await page.$eval(`tbody tr[data-index="${invest.index}"]`, (tr) => {
    const r = tr.getBoundingClientRect(), w = document.querySelector('.table-wrap').getBoundingClientRect();
    return r.top >= w.top && r.bottom <= w.bottom;
  });
  assert.ok(inView, 'the selected row is in view in the table');
});

test('clicking a mark whose row is filtered out clears the filter and selects the row', async () => {
  await ensureExample();
  const invest = (await readTable(page)).find((r) => r.cells.name === '协议投资总额' && r.cells.unit === 'CNY');
  await page.fill('#filter', '亿美元');
  assert.equal(await page.locator(`tbody tr[data-index="${invest.index}"]`).count(), 0, 'the CNY row is filtered out');
  await page.locator(`#source mark[data-index="${invest.index}"]`).click();
  assert.equal(await page.inputValue('#filter'), '');
  assert.deepEqual(await page.$$eval('tbody tr.selected', (trs) => trs.map((tr) => Number(tr.dataset.index))), [invest.index]);
  assert.equal((await readTable(page)).length, await count());
});

// cut from the Jintan 2023 report (tests/data/corpus/jintan-2023.txt, its targets paragraph)
const PASTED = '2023年全区经济社会发展的预期目标为:地区生产总值增长8%;一般公共预算收入增长10%、力争完成65亿元;';

test('pasted text is analysed', async () => {
  await page.fill('#report', PASTED);
  await waitForAnalysis(page, PASTED);
  const rows = await readTable(page);
  assert.equal(await count(), 3);
  assert.equal(rows.length, 3);
  const level = rows.find((r) => r.cells.unit === 'CNY');
  const change = rows.find((r) => r.cells.unit === '%' && r.cells.name === '地区生产总值');
  assert.ok(level && change, `one row in CNY and one in %: ${JSON.stringify(rows)}`);
  assert.deepEqual(
    [level.cells.name, level.cells.display, level.cells.value, level.cells.measure, level.cells.kind, level.cells.year],
    ['一般公共预算收入', '65亿元', '6500000000', '水平', '目标', '2023'],
  );
  assert.deepEqual(
    [change.cells.name, change.cells.display, change.cells.value, change.cells.measure, change.cells.kind, change.cells.year],
    ['地区生产总值', '8%', '8', '变化', '目标', '2023'],
  );
  assert.deepEqual(await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent)), ['8%', '10%', '65亿元']);
});

test('the pasted text survives a reload', async () => {
  if ((await page.inputValue('#report')) !== PASTED) {
    await page.fill('#report', PASTED);
    await waitForAnalysis(page, PASTED);
  }
  await page.waitForFunction((t) => localStorage.getItem('zhibiao.text') === t, PASTED);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('#report'), PASTED);
  assert.equal(await page.textContent('#message'), '已恢复上次粘贴的文本。');
  await waitForAnalysis(page, PASTED);
  assert.equal(await count(), 3, 'the restored text is analysed again');
  assert.deepEqual((await readTable(page)).map((r) => r.cells.value).sort(), ['10', '6500000000', '8']);
});

test('markup in the text is shown as text, never run', async () => {
  const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>增长8%';
  const before = await page.evaluate(() => ({
    img: document.querySelectorAll('img').length, script: document.querySelectorAll('script').length,
  }));
  await page.fill('#report', MARKUP);
  await waitForAnalysis(page, MARKUP);
  await page.waitForTimeout(100); // give an injected onerror the time to fire
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
  assert.equal(await page.locator('#source img, #source script').count(), 0);
  assert.deepEqual(await page.evaluate(() => ({
    img: document.querySelectorAll('img').length, script: document.querySelectorAll('script').length,
  })), before);
  assert.equal(await page.textContent('#source'), MARKUP, 'the source pane shows the markup as characters');
  // the table cells are text too
  assert.equal(await page.locator('table#indicators img, table#indicators script').count(), 0);
});

test('clearing asks first, then empties the table and shows a hint', async () => {
  const text = '地区生产总值增长8%';
  await page.fill('#report', text);
  await waitForAnalysis(page, text);
  assert.ok((await count()) > 0);

  const dialogs = [];
  const answer = (accept) => page.once('dialog', (d) => { dialogs.push([d.type(), d.message()]); accept ? d.accept() : d.dismiss(); });
  answer(false);
  await page.click('#clear');
  assert.equal(await page.inputValue('#report'), text, 'cancelling keeps the text');

  answer(true);
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelector('table#indicators').dataset.count === '0');
  assert.deepEqual(dialogs, [['confirm', '清空已粘贴的文本？此操作无法撤销。'], ['confirm', '清空已粘贴的文本？此操作无法撤销。']]);
  assert.equal(await page.inputValue('#report'), '');
  assert.equal(await page.textContent('#message'), EMPTY_HINT);
  assert.equal(await page.locator('table#indicators tbody tr').count(), 0);
  assert.equal(await page.textContent('#source'), '');
  assert.equal(await page.textContent('#summary'), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('zhibiao.text')), '');
});

test('a GB18030 .txt file is decoded and analysed', async () => {
  const text = '地区生产总值增长8%';
  const buffer = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
  assert.deepEqual([...buffer.subarray(0, 2)], [0xb5, 0xd8], '地 in GB18030'); // not UTF-8
  await page.setInputFiles('#file', { name: 'gdp.txt', mimeType: 'text/plain', buffer });
  await waitForAnalysis(page, text);
  assert.equal(await page.inputValue('#report'), text);
  assert.equal(await page.textContent('#message'), '已载入“gdp.txt”（GB18030）。');
  const rows = await readTable(page);
  assert.equal(rows.length, 1);
  assert.deepEqual(
    [rows[0].cells.name, rows[0].cells.value, rows[0].cells.unit, rows[0].cells.measure, rows[0].cells.display],
    ['地区生产总值', '8', '%', '变化', '8%'],
  );
});

test('a binary file is refused and the text stays', async () => {
  const before = await page.inputValue('#report');
  const n = await count();
  assert.ok(before.length > 0, 'there is text to keep');
  const buffer = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 0xe5, 0x9c, 0xb0]);
  await page.setInputFiles('#file', { name: 'report.txt', mimeType: 'text/plain', buffer });
  await page.waitForSelector('#message.error');
  assert.equal(await page.textContent('#message'), '“report.txt”不是文本文件，未载入。请选择 .txt 文件。');
  assert.equal(await page.inputValue('#report'), before);
  assert.equal(await count(), n);
  assert.equal(await page.evaluate(() => localStorage.getItem('zhibiao.text')), before);
});

test('the English switch translates the headers and the cells', async () => {
  const text = '地区生产总值增长8%';
  if ((await page.inputValue('#report')) !== text) { await page.fill('#report', text); await waitForAnalysis(page, text); }
  await page.click('#lang-en');
  assert.equal(await page.textContent('th[data-key="name"]'), 'Name');
  assert.equal(await page.textContent('th[data-key="value"]'), 'Value (base units)');
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#load-example'), 'Load an example report');
  const rows = await readTable(page);
  assert.equal(rows[0].cells.measure, 'change');
  assert.match(await page.textContent("#summary"), /^1 indicator: 1 result, 0 targets\. Analysed in [\d.]+ ms\.$/);
  await page.click('#lang-zh');
  assert.equal(await page.textContent('th[data-key="name"]'), '名称');
});
