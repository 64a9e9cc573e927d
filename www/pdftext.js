// The text of a PDF, read with pdf.js (pdfjs-dist, copied into www/vendor by
// scripts/build-wasm.sh) in the analysis worker; loaded only when a PDF is
// opened. CJK fonts need the CMaps, shipped beside it (no request leaves the
// page's origin). Lines are joined as the layout implies: a line that runs
// to the right margin continues in the next one (a wrapped line), a line
// that stops short of it, or ends a sentence, ends its paragraph; each page
// ends a paragraph. Page numbers and running headers are left to the core's
// normaliser, which knows them.

const base = new URL('./vendor/pdfjs/', import.meta.url);
let lib = null;
async function pdfjs() {
  if (!lib) {
    lib = import(new URL('pdf.min.mjs', base).href).then((m) => {
      m.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', base).href;
      return m;
    });
  }
  return lib;
}

// Fonts of Chinese PDFs often map ideographs to the look-alike radicals of
// the Kangxi Radicals block (⽣ for 生) or the CJK Radicals Supplement (⻓ for
// 长); the text is read with the ideographs. Kangxi radicals fold by NFKC,
// the supplement's simplified forms by this table.
const RADICALS = {
  '⺟': '母', '⺠': '民', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门',
  '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
const unradical = (s) => s.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => RADICALS[c] ?? c.normalize('NFKC'));

const ENDS = /[。！？；：!?;:”」）)]$/;
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** The lines of a page: items grouped by their baseline, each with its text and right edge. */
function linesOf(items) {
  const lines = [];
  let cur = null;
  for (const it of items) {
    if (!('str' in it)) continue;
    const [, , , , x, y] = it.transform;
    const h = Math.abs(it.height || it.transform[3]) || 10;
    if (!cur || Math.abs(y - cur.y) > h * 0.5) {
      if (cur) lines.push(cur);
      cur = { y, x, right: x, text: '', h };
    }
    if (it.str) {
      cur.text += unradical(it.str);
      cur.right = Math.max(cur.right, x + (it.width || 0));
    }
    if (it.hasEOL) { lines.push(cur); cur = null; }
  }
  if (cur) lines.push(cur);
  return lines.filter((l) => l.text.trim());
}

/** The text of the PDF `bytes`; throws Error('no-text') when it has no text layer. */
export async function pdfText(bytes) {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    data: bytes,
    cMapUrl: new URL('cmaps/', base).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('standard_fonts/', base).href,
    isEvalSupported: false,
    useSystemFonts: false,
  });
  const doc = await task.promise;
  const out = [];
  let chars = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const lines = linesOf((await page.getTextContent()).items);
      const right = Math.max(0, ...lines.map((l) => l.right));
      const left = Math.min(...lines.map((l) => l.x));
      let para = '';
      for (const l of lines) {
        const text = l.text.replace(/\s+$/, '');
        chars += text.replace(/\s/g, '').length;
        if (para && !CJK.test(para.at(-1)) && !CJK.test(text[0])) para += ' ';
        para += text.replace(/^\s+/, '');
        // full when it reaches within two characters of the widest line
        const full = right - l.right < 2 * l.h && right - left > 10 * l.h;
        if (!full || ENDS.test(text)) { out.push(para); para = ''; }
      }
      if (para) out.push(para);
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  if (chars < 20 * Math.max(1, doc.numPages) / 10 || chars === 0) throw new Error('no-text');
  return out.join('\n');
}
