// The command line: `zhibiao extract` on the Jintan report in each format,
// from standard input, into a pipe that closes early, and on bad input
// (missing file, directory, invalid UTF-8), which must end in one line of
// error naming the file, never a panic; and `zhibiao summarize` (the four
// summary tables) in each format, one table by --table, an unknown table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(root, 'target', 'release', 'zhibiao');
const REPORT = path.join(root, 'tests', 'data', 'corpus', 'jintan-2023.txt');
let dir;

/** Builds the release binary once, when it is missing or older than the sources. */
function ensureBinary() {
  const newest = (p) => {
    const st = fs.statSync(p);
    if (!st.isDirectory()) return st.mtimeMs;
    return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
  };
  const stale = !fs.existsSync(BIN) ||
    fs.statSync(BIN).mtimeMs < Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'Cargo.toml')));
  if (!stale) return;
  const r = spawnSync('cargo', ['build', '--release', '--bin', 'zhibiao'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  assert.equal(r.status, 0, 'cargo build --release --bin zhibiao');
}

const run = (args, opts = {}) => spawnSync(BIN, args, { cwd: dir, maxBuffer: 256 << 20, ...opts });
const text = (b) => b.toString('utf8');

/** A failure: non-zero status, nothing on stdout, one line on stderr that names `name`, no panic. */
function assertOneLineError(r, name) {
  const err = text(r.stderr);
  assert.notEqual(r.status, 0, 'exits non-zero');
  assert.equal(r.signal, null, 'not killed by a signal');
  assert.equal(text(r.stdout), '', 'nothing on stdout');
  assert.doesNotMatch(err, /panicked|RUST_BACKTRACE/, 'no panic');
  assert.match(err, /^[^\n]+\n$/, `exactly one line on stderr: ${JSON.stringify(err)}`);
  assert.ok(err.includes(name), `stderr names ${name}: ${err}`);
}

before(() => {
  ensureBinary();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-cli-'));
});
after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

test('extract --format json: the indicators, with spans into the input', () => {
  const r = run(['extract', REPORT, '--format', 'json']);
  assert.equal(r.status, 0, text(r.stderr));
  assert.equal(text(r.stderr), '');
  const out = JSON.parse(text(r.stdout));
  assert.ok(Array.isArray(out.indicators) && out.indicators.length > 50, 'many indicators');

  const invest = out.indicators.filter((i) => i.name === '协议投资总额' && i.unit === 'CNY');
  assert.equal(invest.length, 1);
  const [i] = invest;
  assert.equal(i.value, 60000000000);
  assert.equal(i.value_max, null);
  assert.equal(i.comparator, '>');
  assert.equal(i.measure, 'level');
  assert.equal(i.kind, 'actual');
  assert.equal(i.year, 2022);
  assert.equal(i.section, '一、攻坚重大项目,综合实力全面增强');
  assert.equal(i.display, '超600亿元');

  // start/end count code points (not UTF-16 units, not bytes)
  const chars = Array.from(fs.readFileSync(REPORT, 'utf8'));
  assert.equal(chars.slice(i.start, i.end).join(''), i.text);
  assert.match(i.text, /600亿元$/);
  for (const ind of out.indicators) {
    assert.ok(Number.isInteger(ind.start) && ind.start < ind.end && ind.end <= chars.length, `span of ${ind.name}`);
    assert.equal(chars.slice(ind.start, ind.end).join(''), ind.text, `text of ${ind.name} at ${ind.start}`);
  }
});

test('extract --format csv: BOM, header, the 协议投资总额 row', () => {
  const r = run(['extract', REPORT, '--format', 'csv']);
  assert.equal(r.status, 0, text(r.stderr));
  assert.deepEqual([...r.stdout.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const lines = text(r.stdout.subarray(3)).split(/\r?\n/);
  assert.equal(lines[0], 'name,value,value_max,unit,comparator,measure,kind,year,section,start,end,text');
  assert.ok(lines.some((l) => l.startsWith('协议投资总额,60000000000,,CNY,>,level,actual,2022,"一、攻坚重大项目,综合实力全面增强",')),
    'the 协议投资总额 row');
});

test('extract -o out.xlsx writes a workbook', () => {
  const out = path.join(dir, 'out.xlsx');
  const r = run(['extract', REPORT, '--format', 'xlsx', '-o', out]);
  assert.equal(r.status, 0, text(r.stderr));
  assert.equal(text(r.stdout), '', 'nothing on stdout when writing a file');
  const bytes = fs.readFileSync(out);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip');
  assert.ok(bytes.length > 2000, `a real workbook, ${bytes.length} bytes`);
  assert.ok(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml')), 'with a worksheet');

  // a workbook is binary: refused on a terminal-bound stdout
  const r2 = run(['extract', REPORT, '--format', 'xlsx']);
  assert.notEqual(r2.status, 0);
  assert.equal(r2.stdout.length, 0);
});

test('a missing file: one line naming it, no panic', () => {
  const missing = path.join(dir, 'no-such-report.txt');
  assertOneLineError(run(['extract', missing]), missing);
});

test('a folder with no .txt file: non-zero, one line naming it, no panic', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-empty-'));
  assertOneLineError(run(['extract', empty]), empty);
});

test('a folder: one panel table with source and report_year; a bad file is named and skipped', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-panel-'));
  fs.copyFileSync(REPORT, path.join(folder, 'a.txt'));
  fs.mkdirSync(path.join(folder, 'sub'));
  // a cut of the same report's targets paragraph
  fs.writeFileSync(path.join(folder, 'sub', 'b.txt'), '2023年全区经济社会发展的预期目标为:地区生产总值增长8%;一般公共预算收入增长10%、力争完成65亿元;\n');
  fs.writeFileSync(path.join(folder, 'sub', 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00]));
  const r = run(['extract', folder, '--format', 'jsonl']);
  assert.notEqual(r.status, 0, 'a failed file makes the run fail at the end');
  const err = text(r.stderr);
  assert.match(err, /bad\.txt: not valid UTF-8/);
  assert.doesNotMatch(err, /panicked/);
  const rows = text(r.stdout).trim().split('\n').map((l) => JSON.parse(l));
  const fromA = rows.filter((x) => x.source.endsWith('a.txt'));
  const fromB = rows.filter((x) => x.source.endsWith(path.join('sub', 'b.txt')));
  assert.ok(fromA.some((x) => x.name === '协议投资总额' && x.value === 60000000000 && x.report_year === 2023));
  assert.deepEqual(fromB.map((x) => [x.value, x.unit]), [[8, '%'], [10, '%'], [6500000000, 'CNY']]);
  const csv = run(['extract', path.join(folder, 'a.txt'), path.join(folder, 'sub', 'b.txt'), '--format', 'csv']);
  assert.equal(csv.status, 0);
  assert.ok(text(csv.stdout).startsWith('\uFEFFsource,report_year,name,value,'));
});

test('invalid UTF-8: non-zero, one line naming the file', () => {
  const bad = path.join(dir, 'bad.txt');
  fs.writeFileSync(bad, Buffer.from([0xff, 0xfe]));
  assertOneLineError(run(['extract', bad]), bad);
});

test('- reads standard input, with the same result as the file', () => {
  const input = fs.readFileSync(REPORT);
  const fromStdin = run(['extract', '-', '--format', 'json'], { input });
  assert.equal(fromStdin.status, 0, text(fromStdin.stderr));
  const fromFile = run(['extract', REPORT, '--format', 'json']);
  assert.deepEqual(JSON.parse(text(fromStdin.stdout)), JSON.parse(text(fromFile.stdout)));
  assert.ok(JSON.parse(text(fromStdin.stdout)).indicators.some((i) => i.name === '协议投资总额' && i.value === 60000000000));

  const small = run(['extract', '-'], { input: '地区生产总值增长8%' });
  assert.equal(small.status, 0, text(small.stderr));
  const [gdp] = JSON.parse(text(small.stdout)).indicators;
  assert.deepEqual([gdp.name, gdp.value, gdp.unit, gdp.measure], ['地区生产总值', 8, '%', 'change']);
});

test('a reader that closes the pipe early: exit 0, nothing on stderr', () => {
  // Far more output than a pipe holds (64 KiB), so the writer meets the closed pipe.
  const big = path.join(dir, 'big.txt');
  fs.writeFileSync(big, fs.readFileSync(REPORT, 'utf8').repeat(40));
  const full = run(['extract', big]);
  assert.equal(full.status, 0);
  assert.ok(full.stdout.length > 1 << 20, `output of ${full.stdout.length} bytes`);

  const r = spawnSync('bash', ['-c', 'set -o pipefail; "$0" extract "$1" | head -c 10', BIN, big], { cwd: dir });
  assert.equal(text(r.stderr), '', 'nothing on stderr');
  assert.equal(r.status, 0, 'the pipeline (with pipefail) exits 0');
  assert.deepEqual(r.stdout, full.stdout.subarray(0, 10));
});

// ---- zhibiao summarize ----------------------------------------------------

test('summarize --format json: the four tables', () => {
  const r = run(['summarize', REPORT, '--format', 'json']);
  assert.equal(r.status, 0, text(r.stderr));
  assert.equal(text(r.stderr), '');
  const out = JSON.parse(text(r.stdout));
  assert.equal(typeof out, 'object');
  assert.ok(!Array.isArray(out), 'one object');
  assert.deepEqual(Object.keys(out), ['headline_targets', 'target_vs_actual', 'sections', 'unit_families']);

  const h = out.headline_targets;
  assert.equal(h.length, 7);
  const [gdp] = h;
  assert.deepEqual([gdp.name, gdp.value, gdp.unit, gdp.measure, gdp.kind, gdp.year], ['地区生产总值', 8, '%', 'change', 'target', 2023]);
  assert.deepEqual(h.map((i) => i.value), [8, 10, 6500000000, 6, 20000000000, 20, 330000000000]);
  assert.ok(h.every((i) => i.kind === 'target' && i.year === 2023));

  const pairs = out.target_vs_actual;
  assert.ok(pairs.length >= 7);
  for (const p of pairs) {
    assert.deepEqual(Object.keys(p), ['name', 'target', 'actual', 'match', 'difference', 'ratio']);
    assert.ok(['exact', 'near', 'none'].includes(p.match));
    assert.equal(p.actual === null, p.match === 'none', `${p.name}: a result exactly when matched`);
    assert.equal(p.target.kind, 'target');
    if (p.actual) assert.equal(p.actual.kind, 'actual');
  }
  const talent = pairs.filter((p) => p.name === '人才公寓');
  assert.equal(talent.length, 1);
  assert.equal(talent[0].target.value, 9800);
  assert.equal(talent[0].actual.value, 6467);
  assert.equal(talent[0].difference, 3333);
  assert.equal(talent[0].ratio, 9800 / 6467);
  assert.equal(talent[0].match, 'exact');

  const indicators = JSON.parse(text(run(['extract', REPORT, '--format', 'json']).stdout)).indicators;
  assert.ok(out.sections.length >= 3);
  for (const s of out.sections) {
    assert.deepEqual(Object.keys(s), ['section', 'actual', 'target', 'money']);
    assert.ok(Array.isArray(s.money) && s.money.every(([c, v]) => typeof c === 'string' && Number.isFinite(v)));
  }
  assert.equal(out.sections.reduce((n, s) => n + s.actual + s.target, 0), indicators.length, 'every indicator in one section');

  for (const f of out.unit_families) assert.deepEqual(Object.keys(f), ['family', 'count', 'largest']);
  assert.equal(out.unit_families.reduce((n, f) => n + f.count, 0), indicators.length, 'every indicator in one family');
  const money = out.unit_families.find((f) => f.family === 'money');
  assert.equal(money.count, indicators.filter((i) => i.unit === 'CNY' || i.unit === 'USD').length);
});

test('summarize --format md: a heading per table', () => {
  const r = run(['summarize', REPORT, '--format', 'md']);
  assert.equal(r.status, 0, text(r.stderr));
  const md = text(r.stdout);
  assert.deepEqual(md.match(/^## .*$/gm), ['## headline_targets', '## target_vs_actual', '## sections', '## unit_families']);
  assert.ok(md.includes('| name | as_written | value | unit | comparator | measure |\n|---|---|---|---|---|---|\n| 地区生产总值 | 8% | 8 | % | = | change |'));
});

test('summarize --format csv --table sections: BOM, header, a row per section', () => {
  const r = run(['summarize', REPORT, '--format', 'csv', '--table', 'sections']);
  assert.equal(r.status, 0, text(r.stderr));
  assert.deepEqual([...r.stdout.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const lines = text(r.stdout.subarray(3)).split('\r\n');
  assert.equal(lines[0], 'section,actual,target,money');
  assert.ok(lines.some((l) => /^"一、攻坚重大项目,综合实力全面增强",[1-9]\d*,0,/.test(l)), 'the review section: results only');
  assert.equal(r.stdout.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3), -1, 'one BOM, at the start');
  assert.doesNotMatch(text(r.stdout), /name,as_written|family,count/, 'only the sections table');
});

test('summarize --format xlsx -o f.xlsx: a workbook of five sheets', () => {
  const out = path.join(dir, 'f.xlsx');
  const r = run(['summarize', REPORT, '--format', 'xlsx', '-o', out]);
  assert.equal(r.status, 0, text(r.stderr));
  assert.equal(text(r.stdout), '');
  const bytes = fs.readFileSync(out);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip');
  for (let k = 1; k <= 5; k++) assert.ok(bytes.includes(Buffer.from(`xl/worksheets/sheet${k}.xml`)), `sheet ${k}`);
  assert.ok(!bytes.includes(Buffer.from('xl/worksheets/sheet6.xml')), 'and no sixth');
});

test('summarize --table with an unknown name: non-zero, one line naming it', () => {
  const r = run(['summarize', REPORT, '--format', 'csv', '--table', 'no_such_table']);
  assertOneLineError(r, 'no_such_table');
  assert.match(text(r.stderr), /headline_targets, target_vs_actual, sections, unit_families/, 'the known names are listed');
});

test('cells that a spreadsheet would run as formulas are neutralised, numbers stay numbers', () => {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-inj-')), 'inj.txt');
  fs.writeFileSync(f, '=HYPERLINK("x")增长8%。\n+cmd销售额达5亿元。\n@SUM(1)下降3%。\n');
  const csv = run(['extract', f, '--format', 'csv']);
  assert.equal(csv.status, 0);
  const lines = text(csv.stdout).split('\r\n');
  assert.equal(lines[1].split(',')[0], '"\'=HYPERLINK(""x"")"');
  assert.ok(lines[2].startsWith("'+cmd销售额,500000000,"), lines[2]);
  assert.ok(lines[3].startsWith("'@SUM(1),-3,,%,=,change,"), lines[3]);
  const xlsx = path.join(path.dirname(f), 'inj.xlsx');
  assert.equal(run(['extract', f, '--format', 'xlsx', '-o', xlsx]).status, 0);
  const strings = spawnSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml']).stdout.toString();
  const sheet = spawnSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet1.xml']).stdout.toString();
  assert.ok(strings.includes("'=HYPERLINK") && strings.includes("'+cmd") && strings.includes("'@SUM(1)"), strings);
  assert.ok(!sheet.includes('<f>'), 'no formula cell in the sheet');
  assert.match(sheet, /<v>-3<\/v>/, 'the fall stays a negative number');
});
