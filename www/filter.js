// The filter box: plain words narrow the rows at once in the page (rows.js);
// a /regular expression/ is matched by the regex crate in the worker over
// each row's fields as shown, one a line. An invalid pattern marks the box
// (aria-invalid) and names its error beside it, keeping the last good rows.

import { t } from './i18n.js';
import { call } from './core.js';
import { $, state } from './state.js';
import { rowTexts } from './rows.js';
import { refreshRows } from './table.js';

/** True when `q` is a regular expression: it starts with a slash (as the core reads it). */
export const isRegex = (q) => q.trim().startsWith('/') && q.trim().length > 1;

let seq = 0;

function showError(msg) {
  const box = $('#filter');
  if (msg) box.setAttribute('aria-invalid', 'true'); else box.removeAttribute('aria-invalid');
  $('#filter-error').textContent = msg ? t('badPattern', msg) : '';
}

/** Applies the filter `value` and shows the rows it keeps. */
export async function applyFilter(value) {
  const my = ++seq;
  if (!isRegex(value) || !state.report) {
    state.regexRows = null;
    state.filter = isRegex(value) ? '' : value;
    showError('');
    refreshRows();
    return;
  }
  const report = state.report;
  try {
    const { rows } = await call({ type: 'filter', rows: rowTexts(), query: value });
    if (my !== seq || state.report !== report) return; // a newer keystroke or report won
    state.regexRows = rows;
    state.filter = '';
    showError('');
    refreshRows();
  } catch (e) {
    if (my !== seq || e.message === 'cancelled') return;
    showError(e.message);
  }
}

/** Applies the filter again (a new report, another language). */
export function refilter() {
  const value = $('#filter').value;
  if (isRegex(value)) {
    state.regexRows = null;
    applyFilter(value);
  }
}

/** Empties the filter box and shows every row. */
export function clearFilter() {
  seq++;
  $('#filter').value = '';
  state.filter = '';
  state.regexRows = null;
  showError('');
}
