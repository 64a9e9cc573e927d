// The whole view of the report: the summary tabs, the table and the source
// pane rendered together, and a selection shown in both panes.

import { renderSummaries } from './summary.js';
import { lang } from './i18n.js';
import { call } from './core.js';
import { state } from './state.js';
import { visibleRows } from './rows.js';
import { renderRows, renderSummary, renderSortMarks, selectRow } from './table.js';
import { renderSource, markActive } from './source.js';
import { saveBlob, today } from './downloads.js';

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
  renderSortMarks();
}

/** Selects figure `i` in the table and the source pane; `fromSource` when it was clicked there. */
export function select(i, fromSource = false) {
  state.selected = i;
  markActive(i, !fromSource);
  selectRow(i, fromSource);
}
