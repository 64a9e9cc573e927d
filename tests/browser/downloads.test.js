// The three downloads, after loading the example: the file names carry the
// day's date, and each file is read back — CSV with a real RFC 4180 parser,
// JSON parsed, XLSX unzipped and its sheet read.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { openWithExample, download as downloadFrom, parseCsv, todayIn } from './helpers.js';

const TZ = 'Asia/Shanghai';
let ctx;
let page;
before(async () => { ctx = await openWithExample('zhibiao-dl-', { timezoneId: TZ }); page = ctx.page; });
after(async () => { await ctx?.close(); });
afterEach(() => ctx.app.checkClean());
const download = (button) => downloadFrom(page, ctx.dir, button);



test('the CSV parser follows RFC 4180', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, ""y""","line\r\nbreak"\r\n,\r\n'), [['a', 'b'], ['x, "y"', 'line\r\nbreak'], ['', '']]);
});

const HEADER = ['name', 'value', 'value_max', 'unit', 'comparator', 'measure', 'kind', 'year', 'section', 'start', 'end', 'text'];
let json; // the JSON download, to compare the others with

test('JSON download: dated name, parses, holds the indicators', async () => {
  const { name, bytes } = await download('#download-json');
  assert.equal(name, `zhibiao-${todayIn(TZ)}.json`);
  json = JSON.parse(bytes.toString('utf8'));
  assert.ok(Array.isArray(json.indicators));
  assert.equal(json.indicators.length, Number(await page.getAttribute('table#indicators', 'data-count')),
    'as many indicators as the table shows');
  const row = json.indicators.find((i) => i.name === '协议投资总额' && i.unit === 'CNY');
  assert.ok(row, 'a 协议投资总额 indicator in CNY');
  assert.equal(row.value, 60000000000);
  assert.equal(row.comparator, '>');
  assert.equal(row.measure, 'level');
  assert.equal(row.kind, 'actual');
  assert.equal(row.year, 2022);
  assert.equal(row.display, '超600亿元');
  // the span indexes code points of the text the page analysed
  const text = await page.inputValue('#report');
  assert.equal(Array.from(text).slice(row.start, row.end).join(''), row.text);
});

test('CSV download: dated name, BOM, header, the 协议投资总额 row', async () => {
  const { name, bytes } = await download('#download-csv');
  assert.equal(name, `zhibiao-${todayIn(TZ)}.csv`);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const records = parseCsv(bytes.subarray(3).toString('utf8'));
  assert.deepEqual(records[0], HEADER);
  const rows = records.slice(1);
  assert.ok(rows.every((r) => r.length === HEADER.length), 'every record has 12 fields');
  const col = Object.fromEntries(HEADER.map((h, k) => [h, k]));
  const invest = rows.filter((r) => r[col.name] === '协议投资总额' && r[col.unit] === 'CNY');
  assert.equal(invest.length, 1, 'one 协议投资总额 row in CNY');
  const [r] = invest;
  assert.equal(r[col.value], '60000000000');
  assert.equal(r[col.comparator], '>');
  assert.equal(r[col.value_max], '');
  assert.equal(r[col.measure], 'level');
  assert.equal(r[col.kind], 'actual');
  assert.equal(r[col.year], '2022');
  assert.equal(r[col.section], '一、攻坚重大项目,综合实力全面增强');
  if (json) {
    assert.equal(rows.length, json.indicators.length, 'the CSV has a row per indicator');
    const j = json.indicators.find((i) => i.name === '协议投资总额' && i.unit === 'CNY');
    assert.deepEqual([r[col.start], r[col.end], r[col.text]], [String(j.start), String(j.end), j.text]);
  }
});

/** The text of a zip member, by the unzip command (python3's zipfile if unzip is missing). */
function unzipMember(file, member) {
  const hasUnzip = spawnSync('sh', ['-c', 'command -v unzip']).status === 0;
  const r = hasUnzip
    ? spawnSync('unzip', ['-p', file, member], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', file, member],
      { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `unzip ${member}: ${r.stderr}`);
  return r.stdout;
}
const unescapeXml = (s) => s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (m, e, d, h) =>
  d ? String.fromCodePoint(+d) : h ? String.fromCodePoint(parseInt(h, 16)) : { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[e]);

test('XLSX download: dated name, a zip whose sheet stores values as numbers', async () => {
  const { name, bytes, file } = await download('#download-xlsx');
  assert.equal(name, `zhibiao-${todayIn(TZ)}.xlsx`);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip');

  const shared = unzipMember(file, 'xl/sharedStrings.xml');
  assert.ok(shared.includes('协议投资总额'), 'the shared strings hold 协议投资总额');
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));

  const sheet = unzipMember(file, 'xl/worksheets/sheet1.xml');
  // a numeric cell: no t="s"/t="str", the number in <v>
  const numeric = [...sheet.matchAll(/<c ([^>]*)><v>60000000000<\/v><\/c>/g)];
  assert.ok(numeric.length >= 1, 'a cell holding 60000000000');
  for (const [, attrs] of numeric) assert.doesNotMatch(attrs, /\bt="(s|str|inlineStr)"/, 'stored as a number, not a string');

  // and it sits in the row whose name cell is the shared string 协议投资总额, next to '>'
  const cellsOf = (row) => Object.fromEntries([...row.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)]
    .map(([, colName, attrs, v]) => [colName, /t="s"/.test(attrs) ? strings[Number(v)] : v]));
  const rows = [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((m) => cellsOf(m[1]));
  assert.deepEqual(Object.values(rows[0]), HEADER, 'the header row');
  const invest = rows.filter((c) => c.A === '协议投资总额' && c.D === 'CNY');
  assert.equal(invest.length, 1);
  assert.equal(invest[0].B, '60000000000');
  assert.equal(invest[0].E, '>');
  if (json) assert.equal(rows.length - 1, json.indicators.length, 'a sheet row per indicator');
});

test('the file name carries the local date, not the UTC one', async () => {
  // 20:00 UTC on 1 March is already 2 March in Shanghai
  await page.clock.setFixedTime(new Date('2024-03-01T20:00:00Z'));
  const { name } = await download('#download-csv');
  assert.equal(name, 'zhibiao-2024-03-02.csv');
});
