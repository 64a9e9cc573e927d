// The summary tabs, after loading the example: the headline targets with
// their growth chart, each target beside last year's result (the pairing
// rule shown, near matches labelled, a row leading to its place in the
// source), the counts by section with their chart, the unit families, and
// for each table "copy as Markdown" and a CSV download; the XLSX workbook
// holds the list and the four tables, one sheet each. The tests share one
// page and run in order.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { openWithExample, download as downloadFrom, parseCsv, readTable, todayIn } from './helpers.js';

const TZ = 'Asia/Shanghai';
let ctx;
let page;
before(async () => { ctx = await openWithExample('zhibiao-sum-', { timezoneId: TZ }); page = ctx.page; });
after(async () => { await ctx?.close(); });
afterEach(() => ctx.app.checkClean());
const download = (button) => downloadFrom(page, ctx.dir, button);

const noSpace = (s) => s.replace(/\s+/g, '');

/** Clicks a summary tab and checks that its panel, and only it, is shown. */
async function openTab(tab) {
  await page.click(`#tabs button[data-tab="${tab}"]`);
  assert.equal(await page.getAttribute(`#tabs button[data-tab="${tab}"]`, 'aria-selected'), 'true');
  const shown = await page.$$eval('.panel', (ps) => ps.filter((p) => !p.hidden).map((p) => p.id));
  assert.deepEqual(shown, [`panel-${tab}`], `only the ${tab} panel is shown`);
}

/** The summary table of a panel: its header texts and its rows ({cls, cells}). */
async function readSummary(panel) {
  return page.$eval(`#panel-${panel}`, (p) => {
    const t = p.querySelector('table.summary');
    if (!t) return null;
    return {
      headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({ cls: tr.className, cells: [...tr.children].map((td) => td.textContent) })),
    };
  });
}

/** A panel's chart: bars ({cls, x, y, width}), row labels and values, in document order. */
async function readChart(panel) {
  return page.$eval(`#panel-${panel}`, (p) => {
    const svgs = p.querySelectorAll('svg.chart');
    if (svgs.length !== 1) return { count: svgs.length };
    const svg = svgs[0];
    const num = (e, a) => Number(e.getAttribute(a));
    return {
      count: 1,
      title: svg.querySelector('title')?.textContent,
      bars: [...svg.querySelectorAll('rect.bar')].map((r) => ({ cls: r.getAttribute('class'), x: num(r, 'x'), y: num(r, 'y'), width: num(r, 'width') })),
      labels: [...svg.querySelectorAll('text.label')].map((t) => ({ y: num(t, 'y'), text: t.textContent })),
      values: [...svg.querySelectorAll('text.value')].map((t) => t.textContent),
    };
  });
}



const HEADLINE = [
  ['地区生产总值', '8', '%', 'change'],
  ['一般公共预算收入', '10', '%', 'change'],
  ['一般公共预算收入', '6500000000', 'CNY', 'level'],
  ['固定资产投资', '6', '%', 'change'],
  ['工业投资', '20000000000', 'CNY', 'level'],
  ['规上工业总产值', '20', '%', 'change'],
  ['工业应税销售收入', '330000000000', 'CNY', 'level'],
];

test('主要预期目标: the seven headline targets in order, and a bar per growth target', async () => {
  await openTab('headline');
  assert.equal((await page.textContent('#tabs button[data-tab="headline"]')).trim(), '主要预期目标');
  const t = await readSummary('headline');
  assert.ok(t, 'the panel has a table');
  assert.deepEqual(t.headers, ['名称', '原文', '数值', '单位', '比较', '类型']);
  // name, value, unit and measure columns
  assert.deepEqual(t.rows.map((r) => [r.cells[0], r.cells[2], r.cells[3], r.cells[5]]), HEADLINE);
  assert.deepEqual(t.rows.map((r) => r.cells[1]), ['8%', '10%', '65亿元', '6%', '200亿元', '20%', '3300亿元'], 'as written');

  const chart = await readChart('headline');
  assert.equal(chart.count, 1, 'one svg.chart in the panel');
  assert.equal(chart.title, '主要预期目标中的增长率（%）');
  assert.equal(chart.bars.length, 4, 'one bar per growth target');
  assert.deepEqual(chart.labels.map((l) => l.text), ['地区生产总值', '一般公共预算收入', '固定资产投资', '规上工业总产值']);
  assert.deepEqual(chart.values, ['8', '10', '6', '20']);
  // the bars are proportional to the rates: 20% is the longest, 8% is 0.4 of it
  const w = chart.bars.map((b) => b.width);
  assert.ok(Math.abs(w[0] / w[3] - 0.4) < 1e-6 && Math.abs(w[2] / w[3] - 0.3) < 1e-6, `bar widths ${w}`);
  assert.ok(await page.isVisible('#panel-headline svg.chart'));
});

/** The pairs the example must show: name, target as written, last result as written. */
const PAIRS = [
  ['工业投资', '200亿元', '超200亿元'],
  ['高标准农田', '7100亩', '7000亩'],
  ['人才公寓', '9800套', '6467套'],
  ['市政雨污水管网', '20公里', '20.5公里'],
  ['老旧小区', '10个', '11个'],
  ['示范合作社', '10家', '20家'],
  ['外资项目', '不少于15个', '17个'],
];
// A cell reads "as written（name in the text）".
const asWritten = (cell) => cell.replace(/（[^（]*）$/, '');

test('目标与上年实绩: the pairs, the pairing rule and a near match labelled', async () => {
  await openTab('pairs');
  const rule = page.locator('#panel-pairs .rule');
  assert.equal(await rule.count(), 1);
  assert.ok(await rule.isVisible(), 'the rule is shown');
  const ruleText = await rule.textContent();
  assert.match(ruleText, /^配对规则：/);
  for (const w of ['括号', '等', '新增', '区级以上', '单位类别', '七成', '近似']) assert.ok(ruleText.includes(w), `the rule mentions ${w}`);

  const t = await readSummary('pairs');
  assert.deepEqual(t.headers, ['名称', '今年目标', '上年实绩', '单位', '差值', '比值', '匹配']);
  for (const [name, target, actual] of PAIRS) {
    const rows = t.rows.filter((r) => r.cells[0] === name && asWritten(r.cells[1]) === target);
    assert.equal(rows.length, 1, `one row ${name} ${target}: ${JSON.stringify(t.rows.filter((r) => r.cells[0] === name))}`);
    assert.equal(asWritten(rows[0].cells[2]), actual, `${name}: last result ${actual}`);
    assert.notEqual(rows[0].cls, 'match-none', `${name} is paired`);
  }
  const talent = t.rows.find((r) => r.cells[0] === '人才公寓');
  assert.deepEqual([talent.cells[3], talent.cells[4], talent.cells[6]], ['套', '3333', '同名']);

  const near = t.rows.filter((r) => r.cls === 'match-near');
  assert.ok(near.length >= 1, 'a near match');
  for (const r of near) {
    assert.equal(r.cells[6], '近似（请核对）');
    assert.notEqual(r.cells[2], '', 'a near match has a last result');
  }
  // unpaired targets come after the paired ones, with an empty result
  const firstNone = t.rows.findIndex((r) => r.cls === 'match-none');
  assert.ok(firstNone > 0);
  assert.ok(t.rows.slice(firstNone).every((r) => r.cls === 'match-none' && r.cells[2] === '' && r.cells[6] === '无上年实绩'));
  assert.equal(await page.locator('#panel-pairs tr.match-near td:last-child').first().textContent(), '近似（请核对）');
});

test('clicking a pairs row selects the target in the source', async () => {
  await openTab('pairs');
  for (const [name, target] of [['人才公寓', '9800套'], ['外资项目', '不少于15个']]) {
    const row = page.locator('#panel-pairs tbody tr').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${name}$`) }) });
    assert.equal(await row.count(), 1, `one ${name} row`);
    await row.click();
    const marks = page.locator('#source mark.active');
    assert.equal(await marks.count(), 1, 'exactly one active mark');
    assert.equal(noSpace(await marks.textContent()), target, `the mark of ${name}`);
    assert.match(await marks.getAttribute('class'), /\btarget\b/, 'the mark is a target');
    // and the list row with that index is selected
    const i = await marks.getAttribute('data-index');
    assert.equal(await page.getAttribute(`table#indicators tbody tr[data-index="${i}"]`, 'class'), 'target selected');
  }
});

test('按章节: two bars per section and counts adding up to the total', async () => {
  await openTab('sections');
  const total = Number(await page.getAttribute('table#indicators', 'data-count'));
  const t = await readSummary('sections');
  assert.deepEqual(t.headers, ['章节', '实绩数', '目标数', '金额合计']);
  assert.ok(t.rows.length >= 3, `several sections, got ${t.rows.length}`);
  const counts = t.rows.map((r) => [Number(r.cells[1]), Number(r.cells[2])]);
  assert.ok(counts.flat().every(Number.isInteger));
  assert.equal(counts.reduce((s, [a, b]) => s + a + b, 0), total, 'the counts add up to data-count');
  const review = t.rows.find((r) => r.cells[0] === '一、攻坚重大项目,综合实力全面增强');
  assert.ok(review && Number(review.cells[1]) > 0 && review.cells[2] === '0', 'the review section holds results only');
  assert.match(review.cells[3], /\d+ CNY/);

  const chart = await readChart('sections');
  assert.equal(chart.count, 1, 'one svg.chart in the panel');
  // the legend draws one small swatch per series above the rows (y < 20)
  const bars = chart.bars.filter((b) => b.y >= 20);
  assert.equal(chart.bars.length - bars.length, 2, 'two legend swatches');
  assert.equal(bars.length, 2 * t.rows.length, 'two bars per section');
  for (let k = 0; k < t.rows.length; k++) {
    assert.match(bars[2 * k].cls, /\bactual\b/);
    assert.match(bars[2 * k + 1].cls, /\btarget\b/);
  }
  // the bar values are the table's counts, section by section
  assert.deepEqual(chart.values, counts.flat().map(String));
  const rowLabels = chart.labels.filter((l) => l.y >= 20).map((l) => l.text);
  assert.equal(rowLabels.length, t.rows.length);
  rowLabels.forEach((l, k) => assert.ok(t.rows[k].cells[0].startsWith(l.replace(/…$/, '')), `label ${l}`));
});

test('按单位类别: 金额 counts the CNY and USD rows of the list', async () => {
  await openTab('families');
  const list = await readTable(page);
  const total = Number(await page.getAttribute('table#indicators', 'data-count'));
  assert.equal(list.length, total);
  const money = list.filter((r) => r.cells.unit === 'CNY' || r.cells.unit === 'USD').length;
  assert.ok(money > 5);

  const t = await readSummary('families');
  assert.deepEqual(t.headers, ['类别', '个数', '最大值', '数值', '单位']);
  const fam = t.rows.filter((r) => r.cells[0] === '金额');
  assert.equal(fam.length, 1, 'one 金额 row');
  assert.equal(Number(fam[0].cells[1]), money);
  assert.equal(t.rows.reduce((s, r) => s + Number(r.cells[1]), 0), total, 'the families add up to data-count');
  const pct = t.rows.find((r) => r.cells[0] === '百分比');
  assert.ok(pct, 'a 百分比 row');
  assert.equal(Number(pct.cells[1]), list.filter((r) => r.cells.unit === '%').length);
  // the largest sum of money is in CNY and is the largest CNY value of the list
  const maxCny = Math.max(...list.filter((r) => r.cells.unit === 'CNY').map((r) => Number(r.cells.value)));
  assert.deepEqual([Number(fam[0].cells[3]), fam[0].cells[4]], [maxCny, 'CNY']);
});

test('copy as Markdown puts the headline table on the clipboard', async () => {
  await ctx.app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.app.origin });
  await openTab('headline');
  await page.click('#copy-md-headline_targets');
  await page.waitForFunction(() => document.querySelector('#copy-md-headline_targets').dataset.copied === '1');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.startsWith('| name | as_written | value | unit | comparator | measure |'), clip.slice(0, 80));
  assert.ok(clip.includes('| 地区生产总值 | 8% | 8 | % | = | change |'));
  assert.ok(clip.includes('| 工业应税销售收入 | 3300亿元 | 330000000000 | CNY | = | level |'));
  const lines = clip.trimEnd().split('\n');
  assert.equal(lines.length, 2 + HEADLINE.length, 'header, rule and a line per target');
  assert.equal(await page.inputValue('#md-headline_targets'), clip, 'the text box holds the same Markdown');
});

test('CSV per table: target_vs_actual, dated, with BOM and the 人才公寓 pair', async () => {
  await openTab('pairs');
  const { name, bytes } = await download('#download-target_vs_actual-csv');
  assert.match(name, /^zhibiao-target_vs_actual-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(name, `zhibiao-target_vs_actual-${todayIn(TZ)}.csv`);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  assert.deepEqual(header, ['name', 'target_name', 'target_as_written', 'target_value', 'actual_name', 'actual_as_written',
    'actual_value', 'unit', 'difference', 'ratio', 'match']);
  assert.ok(rows.every((r) => r.length === header.length));
  const col = Object.fromEntries(header.map((h, k) => [h, k]));
  const talent = rows.filter((r) => r[col.name] === '人才公寓');
  assert.equal(talent.length, 1);
  assert.deepEqual(
    [talent[0][col.target_value], talent[0][col.actual_value], talent[0][col.difference], talent[0][col.match]],
    ['9800', '6467', '3333', 'exact'],
  );
  assert.equal(rows.length, await page.locator('#panel-pairs tbody tr').count(), 'a record per row of the tab');
});

/** The text of a zip member (unzip, or python3's zipfile). */
function unzipMember(file, member) {
  const hasUnzip = spawnSync('sh', ['-c', 'command -v unzip']).status === 0;
  const r = hasUnzip
    ? spawnSync('unzip', ['-p', file, member], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', file, member],
      { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `unzip ${member}: ${r.stderr}`);
  return r.stdout;
}

test('XLSX: the workbook holds the list and the four summary tables', async () => {
  const { name, bytes, file } = await download('#download-xlsx');
  assert.equal(name, `zhibiao-${todayIn(TZ)}.xlsx`);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip');
  const workbook = unzipMember(file, 'xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(sheets, ['indicators', 'headline_targets', 'target_vs_actual', 'sections', 'unit_families']);
  // the headline sheet has a row per target and its header
  const shared = unzipMember(file, 'xl/sharedStrings.xml');
  for (const h of ['as_written', 'target_as_written', 'largest_name', '工业应税销售收入']) assert.ok(shared.includes(h), `shared strings hold ${h}`);
  const headline = unzipMember(file, 'xl/worksheets/sheet2.xml');
  assert.equal([...headline.matchAll(/<row /g)].length, 1 + HEADLINE.length);
  assert.ok(headline.includes('<v>330000000000</v>'), 'the 3300亿元 value is a number cell');
});
