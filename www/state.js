// The page's state: the report shown, the rows in view, sort, filter and
// selection, and the text being analysed, which a text too large for the
// box keeps beside it. `say` writes the status line.

import { t } from './i18n.js';

export const $ = (sel) => document.querySelector(sel);

export const state = { report: null, summary: null, rows: new Uint32Array(0), sortKey: null, sortDir: 1, filter: '', selected: -1, ms: 0, text: '' };

export function say(msg, kind = 'info') {
  const m = $('#message');
  m.textContent = msg;
  m.className = kind;
}

// ---- a text too large for the box ----------------------------------------
// Laying out megabytes in a <textarea> blocks the page for seconds (about
// 0.4 s per MB in Chromium), so a paste or a file above BIG_TEXT characters
// is held here: the box shows its beginning, read-only, and the analysis,
// the source pane and the downloads use the whole text.
export const BIG_TEXT = 1_000_000;
const PREVIEW = 20_000;
let held = null;
const textarea = () => $('#report');

/** The whole text of the report: the held one, or the box's. */
export const reportText = () => held ?? textarea().value;
/** Whether a large text is held beside the box. */
export const isHeld = () => held !== null;

export function hold(text) {
  held = text;
  const box = textarea();
  box.value = text.slice(0, PREVIEW);
  box.readOnly = true;
  say(t('held', (text.length / 1e6).toFixed(1)));
}

export function release() {
  held = null;
  textarea().readOnly = false;
}

/** Puts `text` in the box, or holds it if it is too large for the box. */
export function setText(text) {
  if (text.length > BIG_TEXT) hold(text);
  else {
    release();
    textarea().value = text;
  }
}
