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
