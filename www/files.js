// Files opened or dropped: text decided by content (UTF-8, else GB18030),
// a binary file refused.

import { t } from './i18n.js';
import { say } from './state.js';

function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) bad++;
  }
  return n > 0 && bad / n > 0.05;
}

/**
 * Reads `file` as text; returns {text, enc}, or null (with the refusal
 * said) when it is not a text file.
 */
export async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) { say(t('binary', file.name), 'error'); return null; }
  let text, enc = 'UTF-8';
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch {
    text = new TextDecoder('gb18030').decode(bytes); enc = 'GB18030';
  }
  return { text: text.replace(/^\uFEFF/, ''), enc };
}

/** The files of a dropped folder (walked for .txt), in name order. */
async function walk(entry, out) {
  if (entry.isFile) {
    if (/\.txt$/i.test(entry.name)) out.push(await new Promise((res, rej) => entry.file(res, rej)));
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
