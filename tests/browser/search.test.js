// Regular expressions in the page (issue 13): the filter box takes /…/ over
// each row's fields, an invalid pattern marks the box and names its error
// while the last good rows stay; the find box counts, highlights and steps
// through the matches in the source text. Both run in the worker (the regex
// crate), over the example report.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadExample, readTable } from './helpers.js';

let app;
let page;
before(async () => { app = await openApp(); page = app.page; await loadExample(page); });
after(async () => { await app?.close(); });
afterEach(() => app.checkClean());

const shownCount = () => page.$$eval('#indicators tbody tr[data-index]', (trs) => trs.length);

test('the filter takes a /regular expression/ over the fields of each row', async () => {
  const all = await readTable(page);
  const re = /^超[0-9]/m;
  const want = all.filter((r) => [r.cells.name, r.cells.display, r.cells.unit, r.cells.section].some((f) => re.test(f)));
  assert.ok(want.length >= 2, `the example has figures written 超… (${want.length})`);
  await page.fill('#filter', '/^超[0-9]/');
  await page.waitForFunction((n) => document.querySelectorAll('#indicators tbody tr[data-index]').length === n, want.length);
  const got = await readTable(page);
  assert.deepEqual(got.map((r) => r.index), want.map((r) => r.index));
  assert.equal(await page.getAttribute('#filter', 'aria-invalid'), null);
  assert.match(await page.textContent('#summary'), new RegExp(`筛选后 ${want.length} 个`));
});

test('an invalid pattern marks the box, names the error and keeps the last good rows', async () => {
  await page.fill('#filter', '/^超[0-9]/');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.includes('筛选后'));
  const before = await shownCount();
  await page.fill('#filter', '/^超[0-9](/');
  await page.waitForSelector('#filter[aria-invalid="true"]');
  assert.match(await page.textContent('#filter-error'), /^正则表达式有误：unclosed group/);
  assert.equal(await shownCount(), before, 'the rows of the last good pattern stay');
  // mended, the mark and the message go
  await page.fill('#filter', '/亿元$/');
  await page.waitForFunction(() => !document.querySelector('#filter').hasAttribute('aria-invalid'));
  assert.equal(await page.textContent('#filter-error'), '');
  const rows = await readTable(page);
  assert.ok(rows.length > 0 && rows.every((r) => /亿元$/m.test([r.cells.name, r.cells.display, r.cells.unit, r.cells.section].join('\n'))));
  await page.fill('#filter', '');
  await page.waitForFunction(() => !document.querySelector('#summary').textContent.includes('筛选后'));
});

test('a pattern that would hang a backtracking engine answers at once', async () => {
  const t0 = Date.now();
  await page.fill('#filter', '/(a+)+$/');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.includes('筛选后 0 个'));
  assert.ok(Date.now() - t0 < 3000);
  await page.fill('#filter', '');
});

async function find(q) {
  await page.fill('#find', q);
  await page.waitForFunction((query) => document.querySelector('#find-count').dataset.query === query, q);
  return page.textContent('#find-count');
}

test('the find box counts the matches of plain words in the source and steps through them', async () => {
  const text = await page.textContent('#source');
  const n = text.split('增长').length - 1;
  assert.ok(n >= 3, `the example says 增长 ${n} times`);
  assert.equal(await find('增长'), `1/${n}`);
  assert.equal(await page.evaluate(() => CSS.highlights.get('find').size), n, 'every match is highlighted');
  const current = () => page.evaluate(() => [...CSS.highlights.get('find-current')][0].toString());
  assert.equal(await current(), '增长');
  await page.click('#find-next');
  assert.equal(await page.textContent('#find-count'), `2/${n}`);
  await page.click('#find-prev');
  await page.click('#find-prev');
  assert.equal(await page.textContent('#find-count'), `${n}/${n}`, 'previous from the first is the last');
  await page.press('#find', 'Enter');
  assert.equal(await page.textContent('#find-count'), `1/${n}`);
  // the current match is scrolled into the source pane's view
  const inView = await page.evaluate(() => {
    const r = [...CSS.highlights.get('find-current')][0].getBoundingClientRect();
    const p = document.querySelector('#source').getBoundingClientRect();
    return r.top >= p.top && r.bottom <= p.bottom;
  });
  assert.ok(inView);
});

test('the find box takes a /regular expression/, and says when it is invalid', async () => {
  const text = await page.textContent('#source');
  const want = [...text.matchAll(/[0-9.]+亿元/g)].map((m) => m[0]);
  assert.equal(await find('/[0-9.]+亿元/'), `1/${want.length}`);
  const painted = await page.evaluate(() => [...CSS.highlights.get('find')].map((r) => r.toString()));
  assert.deepEqual(painted.sort(), [...want].sort());
  assert.match(await find('/[0-9.+亿元/'), /^正则表达式有误：unclosed character class/);
  assert.equal(await page.getAttribute('#find', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => CSS.highlights.get('find').size), want.length, 'the last good highlights stay');
  assert.equal(await find('不在原文中的词语'), '0/0');
  assert.equal(await page.getAttribute('#find', 'aria-invalid'), null);
  await page.fill('#find', '');
});
