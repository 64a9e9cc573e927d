// The pasted text kept in the browser and restored after a reload.

import { reportText } from './state.js';

const STORE = 'zhibiao.text';

export function save() {
  // over quota the text stays in the page, and an older saved text is not
  // restored in its place
  try { localStorage.setItem(STORE, reportText()); } catch { localStorage.removeItem(STORE); }
}

/** The text saved last time, or null. */
export function restore() {
  return localStorage.getItem(STORE);
}
