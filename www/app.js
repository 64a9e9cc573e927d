// The page: reads the report, asks the worker for its indicators, shows
// them in a sortable, filterable table linked to the source text, and
// offers the downloads. This file only wires the modules together:
//
//   i18n.js      the interface's words, the language
//   state.js     the page's state, the status line, a text too large for the box
//   core.js      messages with the analysis worker (worker.js)
//   analysis.js  one analysis: progress, result, errors
//   rows.js      sort and filter over the rows
//   table.js     the indicator table
//   source.js    the source pane with its marked figures
//   view.js      the whole view rendered, a selection shown in both panes
//   summary.js   the summary tabs
//   downloads.js CSV, JSON and XLSX downloads
//   storage.js   the text kept in the browser
//   files.js     files opened or dropped
//
// Report text reaches the DOM through textContent only.

import { t, setLang, applyLabels } from './i18n.js';
import { $, state, say, reportText, isHeld, hold, release, setText, BIG_TEXT } from './state.js';
import { analyzeNow, schedule } from './analysis.js';
import { visibleRows } from './rows.js';
import { renderRows, renderSortMarks, refreshRows, onTableClick } from './table.js';
import { onSourceClick } from './source.js';
import { render, select } from './view.js';
import { wireDownloads } from './downloads.js';
import { save, restore } from './storage.js';
import { readFile, onFile } from './files.js';

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
$('#filter').addEventListener('input', (e) => {
  state.filter = e.target.value;
  refreshRows();
});

// ---- the text: paste, typing, example, clear, files -----------------------
let saveTimer = 0;
let pasted = false;
textarea.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length > BIG_TEXT || (isHeld() && text)) {
    // too large for the box: held beside it (a paste replaces the selection,
    // or the whole of a held text)
    e.preventDefault();
    const v = textarea.value;
    const whole = isHeld() ? text : v.slice(0, textarea.selectionStart) + text + v.slice(textarea.selectionEnd);
    setText(whole);
    save();
    analyzeNow();
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

$('#load-example').addEventListener('click', async () => {
  const res = await fetch('examples/jintan-2023.txt');
  release();
  textarea.value = await res.text();
  save();
  analyzeNow();
});
$('#clear').addEventListener('click', () => {
  if (!reportText() || confirm(t('confirmClear'))) {
    release();
    textarea.value = '';
    save();
    analyzeNow();
  }
});

onFile($('#file'), textarea, async (file) => {
  const got = await readFile(file);
  if (!got) return;
  setText(got.text);
  save();
  if (!isHeld()) say(t('loaded', file.name, got.enc));
  analyzeNow();
});

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
}
$('#lang-zh').addEventListener('click', () => { setLang('zh'); applyLang(); });
$('#lang-en').addEventListener('click', () => { setLang('en'); applyLang(); });

// ---- start ---------------------------------------------------------------
const saved = restore();
applyLang();
if (saved) {
  if (saved.length > BIG_TEXT) hold(saved); else textarea.value = saved;
  say(t('restored'), 'restored');
  analyzeNow();
} else {
  say(t('empty'));
}
document.body.dataset.ready = '1';
