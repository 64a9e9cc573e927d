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

/** Calls `f(file)` for a file chosen in `input` or dropped on `target`. */
export function onFile(input, target, f) {
  input.addEventListener('change', (e) => { const file = e.target.files[0]; if (file) f(file); e.target.value = ''; });
  target.addEventListener('dragover', (e) => { e.preventDefault(); target.classList.add('drop'); });
  target.addEventListener('dragleave', () => target.classList.remove('drop'));
  target.addEventListener('drop', (e) => {
    e.preventDefault();
    target.classList.remove('drop');
    const file = e.dataTransfer.files[0];
    if (file) f(file);
  });
}
