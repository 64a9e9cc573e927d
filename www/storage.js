// The pasted text kept in the browser and restored after a reload.

import { reportText, state } from './state.js';

const STORE = 'zhibiao.text';
const REPORTS = 'zhibiao.reports';

export function save() {
  // over quota the text stays in the page, and an older saved text is not
  // restored in its place
  try {
    if (state.reports.length > 1) {
      localStorage.setItem(REPORTS, JSON.stringify(state.reports));
    } else {
      localStorage.removeItem(REPORTS);
      localStorage.setItem(STORE, reportText());
    }
  } catch { localStorage.removeItem(STORE); localStorage.removeItem(REPORTS); }
}

/** The text saved last time, or null. */
export function restore() {
  return localStorage.getItem(STORE);
}

/** The reports saved last time ([{name, text}], several), or null. */
export function restoreReports() {
  try {
    const r = JSON.parse(localStorage.getItem(REPORTS) ?? 'null');
    return Array.isArray(r) && r.length > 1 && r.every((x) => typeof x.name === 'string' && typeof x.text === 'string') ? r : null;
  } catch { return null; }
}
