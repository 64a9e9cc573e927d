// The indicator table: rows made from the report, all of them below
// VIRTUAL_ABOVE and only those in view above it, the count line, the sort
// marks of the headers and the selected row.

import { t } from './i18n.js';
import { $, state } from './state.js';
import { visibleRows } from './rows.js';

const table = $('#indicators');
const tbody = table.querySelector('tbody');
const wrap = $('.table-wrap');
const ROW_H = 30;
const VIRTUAL_ABOVE = 400; // rows: below this the whole table is rendered

const fmtValue = (v) => (v === null || v === undefined ? '' : Number.isInteger(v) ? String(v) : String(+v.toPrecision(12)));

function cell(tr, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
}

function makeRow(i) {
  const ind = state.report.indicators[i];
  const tr = document.createElement('tr');
  tr.dataset.index = i;
  tr.className = `${ind.kind}${i === state.selected ? ' selected' : ''}`;
  cell(tr, ind.name);
  cell(tr, ind.display);
  cell(tr, fmtValue(ind.value) + (ind.value_max !== null ? `–${fmtValue(ind.value_max)}` : ''), 'num');
  cell(tr, ind.unit);
  cell(tr, ind.comparator);
  cell(tr, t(ind.measure));
  cell(tr, t(ind.kind));
  cell(tr, ind.year ?? '', 'num');
  cell(tr, ind.section);
  return tr;
}

export function renderRows() {
  const rows = state.rows;
  tbody.replaceChildren();
  if (rows.length <= VIRTUAL_ABOVE) {
    const frag = document.createDocumentFragment();
    rows.forEach((r) => frag.appendChild(makeRow(r)));
    tbody.appendChild(frag);
    return;
  }
  // Virtualised: only the rows in view, with spacers above and below.
  const first = Math.max(0, Math.floor(wrap.scrollTop / ROW_H) - 20);
  const last = Math.min(rows.length, first + Math.ceil(wrap.clientHeight / ROW_H) + 40);
  const spacer = (h) => { const tr = document.createElement('tr'); tr.className = 'spacer'; tr.style.height = `${h}px`; return tr; };
  const frag = document.createDocumentFragment();
  frag.appendChild(spacer(first * ROW_H));
  for (let k = first; k < last; k++) frag.appendChild(makeRow(rows[k]));
  frag.appendChild(spacer((rows.length - last) * ROW_H));
  tbody.appendChild(frag);
}
wrap.addEventListener('scroll', () => { if (state.rows.length > VIRTUAL_ABOVE) renderRows(); });

/** The count line above the table. */
export function renderSummary() {
  const r = state.report;
  table.dataset.count = r ? r.indicators.length : 0;
  if (!r) { $('#summary').textContent = ''; return; }
  const n = r.indicators.length;
  const a = r.indicators.filter((x) => x.kind === 'actual').length;
  $('#summary').textContent = t('summary', n, a, n - a, state.ms.toFixed(1), state.rows.length);
}

export function renderSortMarks() {
  for (const th of table.querySelectorAll('th')) {
    th.setAttribute('aria-sort', th.dataset.key === state.sortKey ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none');
  }
}

/** Recomputes the rows shown (filter, sort) and renders them with the count line. */
export function refreshRows() {
  state.rows = visibleRows();
  renderSummary();
  renderRows();
}

/**
 * Marks row `i` selected. From the source pane, the row is brought into
 * view, clearing a filter that hides it.
 */
export function selectRow(i, fromSource) {
  for (const tr of tbody.querySelectorAll('tr.selected')) tr.classList.remove('selected');
  let tr = tbody.querySelector(`tr[data-index="${i}"]`);
  if (!tr && fromSource) {
    const k = state.rows.indexOf(i);
    if (k < 0) { state.filter = ''; $('#filter').value = ''; state.rows = visibleRows(); renderSummary(); }
    const kk = state.rows.indexOf(i);
    wrap.scrollTop = Math.max(0, kk * ROW_H - 60);
    renderRows();
    tr = tbody.querySelector(`tr[data-index="${i}"]`);
  }
  if (tr) {
    tr.classList.add('selected');
    if (fromSource) tr.scrollIntoView({ block: 'center' });
  }
}

/** Calls `f(i)` when row `i` is clicked, `onSort(key)` when a header is. */
export function onTableClick(f, onSort) {
  tbody.addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-index]');
    if (tr) f(Number(tr.dataset.index));
  });
  table.querySelector('thead').addEventListener('click', (e) => {
    const th = e.target.closest('th[data-key]');
    if (th) onSort(th.dataset.key);
  });
}

export function setAnalysisMs(ms) {
  table.dataset.analysisMs = ms.toFixed(2);
}
