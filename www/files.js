// Files opened or dropped, read in the worker by the core, which tells
// them by their bytes (not their names): text (UTF-8, UTF-16 with a BOM,
// GB18030), an HTML document (its visible text), a Word document, a PDF
// (pdf.js, its text layer), or something to refuse.

import { t } from './i18n.js';
import { call } from './core.js';
import { say } from './state.js';

/**
 * Reads `file`; returns {text, message}, or null (with the refusal or the
 * error said) when it gives no text.
 */
export async function readFile(file) {
  let got;
  try {
    got = await call({ type: 'read', file });
  } catch (e) {
    say(t('failed', e.message), 'error');
    return null;
  }
  if (got.format === 'text') return { text: got.text, message: t('loaded', file.name, got.encoding) };
  if (got.format === 'html') return { text: got.text, message: t('loadedHtml', file.name, got.encoding) };
  if (got.format === 'docx') return { text: got.text, message: t('loadedDocx', file.name) };
  if (got.format === 'pdf' && got.noText) { say(t('pdfNoText', file.name), 'error'); return null; }
  if (got.format === 'pdf') return { text: got.text, message: t('loadedPdf', file.name) };
  say(t('binary', file.name), 'error');
  return null;
}

/** The files of a dropped folder (walked for .txt), in name order. */
async function walk(entry, out) {
  if (entry.isFile) {
    if (/\.(txt|docx|pdf|html?)$/i.test(entry.name)) out.push(await new Promise((res, rej) => entry.file(res, rej)));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = entry.createReader();
  const all = [];
  // readEntries gives a batch at a time, an empty one at the end
  for (;;) {
    const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    all.push(...batch);
  }
  all.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of all) await walk(e, out);
}

/**
 * Calls `f(files)` with the files chosen in `input` (several may be) or
 * dropped on `target` (a dropped folder gives its .txt files).
 */
export function onFile(input, target, f) {
  input.addEventListener('change', (e) => { const files = [...e.target.files]; if (files.length) f(files); e.target.value = ''; });
  target.addEventListener('dragover', (e) => { e.preventDefault(); target.classList.add('drop'); });
  target.addEventListener('dragleave', () => target.classList.remove('drop'));
  target.addEventListener('drop', async (e) => {
    e.preventDefault();
    target.classList.remove('drop');
    const entries = [...(e.dataTransfer.items ?? [])].map((it) => it.webkitGetAsEntry && it.webkitGetAsEntry()).filter(Boolean);
    let files = [];
    if (entries.some((x) => x.isDirectory)) for (const x of entries) await walk(x, files);
    else files = [...e.dataTransfer.files];
    if (files.length) f(files);
  });
}
