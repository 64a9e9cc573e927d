// The page: reads the report, asks the worker for its indicators, shows
// them in a sortable, filterable table linked to the source text, and
// offers the downloads. This file only wires the modules together:
//
//   i18n.js      the interface's words, the language
//   state.js     the page's state, the status line, a text too large for the box
//   core.js      messages with the analysis worker (worker.js)
//   analysis.js  one analysis: progress, result, errors
//   rows.js      sort and filter over the rows
//   filter.js    the filter box, plain words or a /regular expression/
//   table.js     the indicator table
//   source.js    the source pane with its marked figures
//   find.js      the find box over the source text
//   view.js      the whole view rendered, a selection shown in both panes
//   summary.js   the summary tabs
//   downloads.js CSV, JSON and XLSX downloads
//   storage.js   the text or the reports kept in the browser (IndexedDB)
//   files.js     files opened or dropped, read in the worker
//   panel.js     several reports: their list, the promises tab
//
// Report text reaches the DOM through textContent only.

import { t, setLang, applyLabels } from './i18n.js';
import { $, state, say, reportText, isHeld, hold, release, setText, BIG_TEXT } from './state.js';
import { analyzeNow, schedule } from './analysis.js';
import { visibleRows } from './rows.js';
import { renderRows, renderSortMarks, onTableClick } from './table.js';
import { applyFilter, refilter } from './filter.js';
import { onSourceClick } from './source.js';
import { wireFind } from './find.js';
import { render, select, panelHandlers } from './view.js';
import { wireDownloads, downloadPromises } from './downloads.js';
import { save, restore, restoreReports } from './storage.js';
import { readFile, onFile } from './files.js';
import { isPanel } from './panel.js';
import { call } from './core.js';

const textarea = $('#report');

// ---- table and source ----------------------------------------------------
onTableClick((i) => select(i), (k) => {
  state.sortDir = state.sortKey === k ? -state.sortDir : 1;
  state.sortKey = k;
  state.rows = visibleRows();
  renderRows();
  renderSortMarks();
});
onSourceClick((i) => select(i, true));
$('#filter').addEventListener('input', (e) => applyFilter(e.target.value));
wireFind();

// ---- the text: paste, typing, example, clear, files -----------------------
let saveTimer = 0;
let pasted = false;
/** Puts `text` where the paste goes: over the selection, or over the whole of a held text. */
function pasteText(text, from, to) {
  const v = textarea.value;
  setText(isHeld() ? text : v.slice(0, from) + text + v.slice(to));
  save();
  analyzeNow();
}
textarea.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  const html = e.clipboardData?.getData('text/html') ?? '';
  const [from, to] = [textarea.selectionStart, textarea.selectionEnd];
  if (html || text.trimStart().startsWith('<')) {
    // from a web page (or its source): its visible text only, made by the
    // core in the worker
    e.preventDefault();
    call({ type: 'visible', text: html || text, html: !!html }).then((res) => {
      pasteText(res.text, from, to);
      if (res.html) say(t('pastedHtml'));
    }, (err) => say(t('failed', err.message), 'error'));
    return;
  }
  if (text.length > BIG_TEXT || (isHeld() && text)) {
    // too large for the box: held beside it
    e.preventDefault();
    pasteText(text, from, to);
    return;
  }
  pasted = true;
});
textarea.addEventListener('input', () => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 200);
  say('');
  // a paste is analysed at once; typing waits for a pause
  if (pasted) {
    pasted = false;
    analyzeNow();
  } else {
    schedule();
  }
});
window.addEventListener('pagehide', save);

/** Back to one report: its text in the box, editable. */
function leavePanel(text) {
  state.reports = [];
  state.panel = null;
  state.current = 0;
  release();
  setText(text);
}

$('#load-example').addEventListener('click', async () => {
  const res = await fetch('examples/jintan-2023.txt');
  state.reports = [];
  release();
  textarea.value = await res.text();
  save();
  analyzeNow();
});
$('#clear').addEventListener('click', () => {
  if ((!reportText() && !isPanel()) || confirm(t('confirmClear'))) {
    state.reports = [];
    release();
    textarea.value = '';
    save();
    analyzeNow();
  }
});

onFile($('#file'), textarea, async (files) => {
  if (files.length === 1 && !isPanel()) {
    const [file] = files;
    const got = await readFile(file);
    if (!got) return;
    setText(got.text);
    save();
    if (!isHeld()) say(got.message);
    analyzeNow();
    return;
  }
  // several reports: added to those loaded
  const added = [];
  for (const file of files) {
    const got = await readFile(file);
    if (got) added.push({ name: file.webkitRelativePath || file.name, text: got.text });
  }
  if (!added.length) return;
  state.reports.push(...added);
  if (state.reports.length === 1) { leavePanel(state.reports[0].text); } else { release(); say(t('added', state.reports.length)); }
  save();
  analyzeNow();
});

panelHandlers.remove = (r) => {
  state.reports.splice(r, 1);
  if (state.reports.length === 1) leavePanel(state.reports[0].text);
  else if (state.current >= state.reports.length) state.current = 0;
  else if (state.current > r) state.current--;
  save();
  analyzeNow();
};
panelHandlers.download = downloadPromises;

// ---- downloads and tabs --------------------------------------------------
wireDownloads();
$('#tabs').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-tab]');
  if (!b) return;
  for (const x of document.querySelectorAll('#tabs button')) x.setAttribute('aria-selected', String(x === b));
  for (const p of document.querySelectorAll('.panel')) p.hidden = p.id !== `panel-${b.dataset.tab}`;
  if (b.dataset.tab === 'list') renderRows();
});

// ---- language ------------------------------------------------------------
function applyLang() {
  applyLabels();
  render();
  refilter();
}
$('#lang-zh').addEventListener('click', () => { setLang('zh'); applyLang(); });
$('#lang-en').addEventListener('click', () => { setLang('en'); applyLang(); });

// ---- start ---------------------------------------------------------------
const saved = await restore();
const savedReports = await restoreReports();
applyLang();
if (savedReports) {
  state.reports = savedReports;
  say(t('restored'), 'restored');
  analyzeNow();
} else if (saved) {
  if (saved.length > BIG_TEXT) hold(saved); else textarea.value = saved;
  say(t('restored'), 'restored');
  analyzeNow();
} else {
  say(t('empty'));
}
document.body.dataset.ready = '1';

// Offline: the service worker caches the page and its modules on the first
// visit (sw.js).
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
