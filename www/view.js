// The whole view of the report: the summary tabs, the table and the source
// pane rendered together, and a selection shown in both panes.

import { renderSummaries } from './summary.js';
import { lang } from './i18n.js';
import { call } from './core.js';
import { state } from './state.js';
import { visibleRows } from './rows.js';
import { renderRows, renderSummary, renderSortMarks, selectRow } from './table.js';
import { renderSource, markActive } from './source.js';
import { paint as paintFound } from './find.js';
import { saveBlob, today } from './downloads.js';
import { isPanel, renderReports, renderPromises } from './panel.js';
import { $ } from './state.js';

/** What the panel's views do when clicked; app.js fills them in. */
export const panelHandlers = { pick: () => {}, remove: () => {}, download: () => {} };

/** The report `r` of the panel in the source pane (and the box, read-only). */
export function showReport(r) {
  if (!isPanel() || !state.reports[r]) return;
  state.current = r;
  state.text = state.reports[r].text;
  const box = $('#report');
  box.value = state.text.slice(0, 1_000_000);
  box.readOnly = true;
  renderSource();
  renderPanel();
}

function renderPanel() {
  const panel = isPanel();
  $('#tab-promises').hidden = !panel;
  if (!panel && $('#tab-promises').getAttribute('aria-selected') === 'true') document.querySelector('#tabs button[data-tab="list"]').click();
  $('#indicators').classList.toggle('panel-mode', panel);
  renderReports((r) => showReport(r), (r) => panelHandlers.remove(r));
  renderPromises((r, start) => {
    const i = state.report ? state.report.indicators.findIndex((x) => x.r === r && x.start === start) : -1;
    if (i >= 0) select(i);
  }, () => panelHandlers.download());
}

function renderSummaryPanels() {
  renderSummaries({
    lang,
    summary: state.report ? state.summary : null,
    onSelect: (ind) => {
      if (!ind || !state.report) return;
      const i = state.report.indicators.findIndex((x) => x.start === ind.start && x.end === ind.end);
      if (i >= 0) select(i);
    },
    exportTable: async (table, format) => (await call({ type: 'export-summary', table, format, text: state.text })).out,
    download: (name, text, ext) => saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `zhibiao-${name}-${today()}.${ext}`),
  });
}

export function render() {
  renderSummaryPanels();
  state.rows = visibleRows();
  renderSummary();
  renderRows();
  renderSource();
  paintFound();
  renderSortMarks();
  renderPanel();
}

/** Selects figure `i` in the table and the source pane; `fromSource` when it was clicked there. */
export function select(i, fromSource = false) {
  const ind = state.report && state.report.indicators[i];
  if (ind && ind.r !== undefined && ind.r !== state.current) showReport(ind.r);
  state.selected = i;
  markActive(i, !fromSource);
  selectRow(i, fromSource);
}
