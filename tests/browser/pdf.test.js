// PDF (issue 13): a report printed to PDF by Chromium itself (page.pdf())
// gives the indicators of its text within a few rows, read by pdf.js in
// the worker with the CJK CMaps served from the page's own origin; a PDF
// without a text layer gets a clear message.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, readTable, waitForAnalysis } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let app;
let page;
before(async () => { app = await openApp(); page = app.page; });
after(async () => { await app?.close(); });
afterEach(() => app.checkClean());

const count = () => page.$eval('table#indicators', (t) => Number(t.dataset.count));

/** `text` printed to PDF by Chromium: one paragraph a line, A4, a CJK font. */
async function printed(text) {
  const p = await app.context.newPage();
  await p.setContent('<!doctype html><meta charset="utf-8"><style>body{font:12pt "Noto Sans CJK SC",sans-serif} p{margin:0 0 .4em}</style><body></body>');
  await p.evaluate((t) => {
    for (const line of t.split('\n')) {
      const el = document.createElement('p');
      el.textContent = line;
      document.body.appendChild(el);
    }
  }, text);
  const pdf = await p.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  await p.close();
  return pdf;
}

async function open(name, buffer) {
  await page.setInputFiles('#file', { name, mimeType: 'application/pdf', buffer });
  await page.waitForFunction(() => /PDF|文字层/.test(document.querySelector('#message').textContent), null, { timeout: 30_000 });
}

for (const file of ['jintan-2023.txt', 'zh-national-2024.txt']) {
  test(`${file} printed to PDF gives the indicators of its text`, async () => {
    const text = fs.readFileSync(path.join(root, 'tests/data/corpus', file), 'utf8');
    await page.fill('#report', text);
    await waitForAnalysis(page, text);
    const want = (await readTable(page)).map((r) => `${r.cells.value} ${r.cells.unit}`);

    const pdf = await printed(text);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const t0 = Date.now();
    await open(file.replace('.txt', '.pdf'), pdf);
    assert.equal(await page.textContent('#message'), `已载入 PDF“${file.replace('.txt', '.pdf')}”（文字层）。`);
    const shown = await page.inputValue('#report');
    await waitForAnalysis(page, shown);
    const ms = Date.now() - t0;
    const got = (await readTable(page)).map((r) => `${r.cells.value} ${r.cells.unit}`);
    // the same figures (value and unit), give or take a few the page layout breaks
    const left = [...want];
    let same = 0;
    for (const g of got) { const k = left.indexOf(g); if (k >= 0) { left.splice(k, 1); same++; } }
    console.log(`# ${file}: ${pdf.length} bytes of PDF read and analysed in ${ms} ms; ${got.length} figures (text: ${want.length}), ${same} the same`);
    assert.ok(Math.abs(got.length - want.length) <= Math.max(3, want.length * 0.03) && same >= want.length - Math.max(3, want.length * 0.03),
      `${got.length} figures from the PDF, ${want.length} from the text, ${same} the same`);
    assert.ok(app.requests.some((u) => u.includes('/vendor/pdfjs/cmaps/')), 'the CMaps came from the page origin');
  });
}

test('a PDF without a text layer gets a clear message', async () => {
  // a page with a drawing and no text, as a scan is
  const p = await app.context.newPage();
  await p.setContent('<!doctype html><body><div style="width:300px;height:200px;background:#888"></div></body>');
  const pdf = await p.pdf({ format: 'A4' });
  await p.close();
  const before = await page.inputValue('#report');
  await open('scan.pdf', pdf);
  assert.match(await page.textContent('#message'), /^“scan\.pdf”没有文字层/);
  assert.equal(await page.inputValue('#report'), before);
});
