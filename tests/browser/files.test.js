// Files as they come (issue 13): read in the worker and told by their bytes,
// not their names. A saved web page and a paste from a web page give their
// visible text only; UTF-16 with a BOM is text; a zip that is no Word
// document is refused.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, readTable, waitForAnalysis } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const report = fs.readFileSync(path.join(root, 'tests/data/corpus/jintan-2023.txt'), 'utf8');

let app;
let page;
before(async () => { app = await openApp(); page = app.page; });
after(async () => { await app?.close(); });
afterEach(() => app.checkClean());

const count = () => page.$eval('table#indicators', (t) => Number(t.dataset.count));

/** A web page around the lines of `text`, as a portal saves it (the same shape as tests/markup.rs). */
function asWebPage(text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>2023年政府工作报告</title>\n'
    + '<style>p { margin: 12px 0; width: 600px }</style>\n'
    + '<script>var views = 40617; if (views > 100) { document.title += " 8%"; }</script>\n</head>\n<body>\n'
    + '<nav><a href="/">首页</a> &gt; <a href="/zwgk/2023">2023年</a> <span>共 36 条</span></nav>\n'
    + '<div class="article" style="width: 960px">\n<!-- 访问量：406 次 -->\n'
    + text.split('\n').map((l) => `<p class="n" data-line="${l.length}">${esc(l)}</p>`).join('\n')
    + '\n</div>\n</body>\n</html>\n';
}

async function analysedCount(text) {
  await page.fill('#report', text);
  await waitForAnalysis(page, text);
  return count();
}

test('a saved web page gives the indicators of its visible text', async () => {
  const plain = await analysedCount(report);
  await page.setInputFiles('#file', { name: '政府工作报告.htm', mimeType: 'text/html', buffer: Buffer.from(asWebPage(report)) });
  await page.waitForFunction(() => document.querySelector('#message').textContent.startsWith('已载入网页'));
  assert.equal(await page.textContent('#message'), '已载入网页“政府工作报告.htm”（UTF-8）：只保留了可见文字。');
  const shown = await page.inputValue('#report');
  await waitForAnalysis(page, shown);
  for (const noise of ['<', 'views', '40617', '首页', '访问量', 'width']) assert.ok(!shown.includes(noise), `no ${noise} in the text`);
  const n = await count();
  assert.ok(Math.abs(n - plain) <= 3, `${n} indicators from the page, ${plain} from the text`);
});

test('a paste from a web page keeps its visible text only', async () => {
  const lines = report.split('\n').filter((l) => /增长/.test(l)).slice(0, 3);
  const html = `<meta charset="utf-8"><style>.x{width:600px}</style><div><script>var n = 5;</script>${lines.map((l) => `<p>${l}</p>`).join('')}<!-- 406 --></div>`;
  await page.fill('#report', '');
  await page.evaluate(([h, t]) => {
    const ta = document.querySelector('#report');
    ta.focus();
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    dt.setData('text/plain', t);
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [html, lines.join('\n')]);
  await page.waitForFunction(() => document.querySelector('#message').textContent === '已粘贴网页内容：只保留了可见文字。');
  assert.equal(await page.inputValue('#report'), `${lines.join('\n')}\n`);
  await waitForAnalysis(page, `${lines.join('\n')}\n`);
  const rows = await readTable(page);
  assert.ok(rows.length > 3 && rows.every((r) => r.cells.display !== '600' && r.cells.display !== '5'));
});

test('UTF-16 with a byte order mark is read as text', async () => {
  const text = report.split('\n').slice(0, 30).join('\n');
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.setInputFiles('#file', { name: 'report.txt', mimeType: 'text/plain', buffer });
  await waitForAnalysis(page, text);
  assert.equal(await page.textContent('#message'), '已载入“report.txt”（UTF-16LE）。');
  assert.ok((await count()) > 0);
});

/** CRC-32 of `buf` (the zip checksum). */
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A zip of `files` ({name: string}), stored without compression. */
function zipOf(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const n = Buffer.from(name);
    const data = Buffer.from(content);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18); head.writeUInt32LE(data.length, 22); head.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(head, n, data);
    centrals.push(central, n);
    offset += head.length + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A Word document with one paragraph per line of `text` (the shape of tests/docx.rs). */
function docxOf(text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  return zipOf({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

test('a Word document gives the same indicators as its text', async () => {
  const plain = await analysedCount(report);
  const values = (await readTable(page)).map((r) => `${r.cells.name} ${r.cells.value}`);
  await page.setInputFiles('#file', { name: '报告.docx', mimeType: 'application/octet-stream', buffer: docxOf(report) });
  await page.waitForFunction(() => document.querySelector('#message').textContent.startsWith('已载入 Word'));
  assert.equal(await page.textContent('#message'), '已载入 Word 文档“报告.docx”。');
  const shown = await page.inputValue('#report');
  assert.equal(shown.trimEnd(), report.trimEnd());
  await waitForAnalysis(page, shown);
  assert.equal(await count(), plain);
  assert.deepEqual((await readTable(page)).map((r) => `${r.cells.name} ${r.cells.value}`), values);
});

test('a zip that is no Word document is refused, whatever its name', async () => {
  const before = await page.inputValue('#report');
  const buffer = Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00xl/workbook.xml', 'latin1');
  await page.setInputFiles('#file', { name: 'report.txt', mimeType: 'text/plain', buffer });
  await page.waitForSelector('#message.error');
  assert.equal(await page.textContent('#message'), '“report.txt”不是文本文件，未载入。请选择 .txt 文件。');
  assert.equal(await page.inputValue('#report'), before);
});
