// The page: reads the report, asks the worker for its indicators, shows
// them in a sortable, filterable table linked to the source text, and
// offers the downloads. Report text reaches the DOM through textContent only.

import { renderSummaries, SUMMARY_I18N } from './summary.js';

const $ = (sel) => document.querySelector(sel);
const STORE = 'zhibiao.text';
const LANG = 'zhibiao.lang';

const I18N = {
  zh: {
    title: '指标 · 政府工作报告指标提取', privacy: '文本只在本机浏览器中分析，不会发送到任何服务器。',
    example: '载入示例报告', open: '打开 .txt 文件', clear: '清空', source: '原文定位',
    placeholder: '在此粘贴政府工作报告全文，或把 .txt 文件拖到这里……', filter: '筛选：名称、单位、章节……',
    csv: '下载 CSV', xlsx: '下载 XLSX', json: '下载 JSON',
    c_name: '名称', c_display: '原文数值', c_value: '基本单位数值', c_unit: '单位', c_cmp: '比较', c_measure: '类型',
    c_kind: '实绩/目标', c_year: '年份', c_section: '章节',
    level: '水平', change: '变化', actual: '实绩', target: '目标',
    empty: '请粘贴报告文本，或点击“载入示例报告”。',
    summary: (n, a, t, ms, shown) => `共 ${n} 个指标：实绩 ${a} 个，目标 ${t} 个${shown < n ? `（筛选后 ${shown} 个）` : ''}。分析用时 ${ms} 毫秒。`,
    working: '正在分析……', confirmClear: '清空已粘贴的文本？此操作无法撤销。',
    binary: (f) => `“${f}”不是文本文件，未载入。请选择 .txt 文件。`,
    loaded: (f, enc) => `已载入“${f}”（${enc}）。`, failed: (e) => `分析失败：${e}`,
    restored: '已恢复上次粘贴的文本。',
    held: (n) => `文本较大（${n} 百万字符）：输入框只显示开头，分析、原文定位和下载都使用全文。清空后可重新编辑。`,
    diagnostics: (n, ex) => `提示：另有 ${n} 处数字未能识别为指标（${ex}）。`, exportFail: (e) => `导出失败：${e}`,
  },
  en: {
    title: 'Zhibiao · indicators of government work reports', privacy: 'The text is analysed in this browser only and never sent anywhere.',
    example: 'Load an example report', open: 'Open a .txt file', clear: 'Clear', source: 'Source text',
    placeholder: 'Paste the text of a government report here, or drop a .txt file…', filter: 'Filter: name, unit, section…',
    csv: 'Download CSV', xlsx: 'Download XLSX', json: 'Download JSON',
    c_name: 'Name', c_display: 'As written', c_value: 'Value (base units)', c_unit: 'Unit', c_cmp: 'Comparator',
    c_measure: 'Measure', c_kind: 'Result/target', c_year: 'Year', c_section: 'Section',
    level: 'level', change: 'change', actual: 'result', target: 'target',
    empty: 'Paste the text of a report, or click “Load an example report”.',
    summary: (n, a, t, ms, shown) => {
      const p = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
      return `${p(n, 'indicator')}: ${p(a, 'result')}, ${p(t, 'target')}${shown < n ? ` (${shown} shown by the filter)` : ''}. Analysed in ${ms} ms.`;
    },
    working: 'Analysing…', confirmClear: 'Clear the pasted text? This cannot be undone.',
    binary: (f) => `“${f}” is not a text file and was not loaded. Choose a .txt file.`,
    loaded: (f, enc) => `Loaded “${f}” (${enc}).`, failed: (e) => `Analysis failed: ${e}`,
    restored: 'The text you pasted last time was restored.',
    held: (n) => `A large text (${n} million characters): the box shows its beginning; the analysis, the source and the downloads use all of it. Clear to edit again.`,
    diagnostics: (n, ex) => `Note: ${n} figure${n === 1 ? '' : 's'} could not be read as indicators (${ex}).`, exportFail: (e) => `Export failed: ${e}`,
  },
};

let lang = localStorage.getItem(LANG) === 'en' ? 'en' : 'zh';
const t = (k, ...a) => {
  const v = I18N[lang][k] ?? SUMMARY_I18N[lang][k];
  return typeof v === 'function' ? v(...a) : v;
};

// ---- the worker ----------------------------------------------------------
// An analysis in flight is cancelled by a newer one: the worker is ended
// and a fresh one started (instantiating the core takes ~20–40 ms).
let worker = null;
let nextId = 1;
const pending = new Map();
let analysisInFlight = null; // id of the running analysis
function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    if (data.progress !== undefined) {
      showProgress(data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.id === analysisInFlight) analysisInFlight = null;
    data.ok ? p.resolve(data) : p.reject(new Error(data.error));
  };
}
startWorker();
function showProgress(f) {
  const bar = document.querySelector('#progress');
  bar.value = f;
  bar.textContent = `${Math.round(f * 100)}%`;
  document.querySelector('#progress-label').textContent = `${Math.round(f * 100)}%`;
}
function call(msg) {
  const id = nextId++;
  if (msg.type === 'analyze') {
    if (analysisInFlight !== null) {
      worker.terminate();
      for (const [, p] of pending) p.reject(new Error('cancelled'));
      pending.clear();
      startWorker();
    }
    analysisInFlight = id;
  }
  return new Promise((resolve, reject) => { pending.set(id, { resolve, reject }); worker.postMessage({ ...msg, id }); });
}

// ---- state ---------------------------------------------------------------
const state = { report: null, summary: null, rows: new Uint32Array(0), sortKey: null, sortDir: 1, filter: '', selected: -1, ms: 0, text: '' };
const textarea = $('#report');
const table = $('#indicators');
const tbody = table.querySelector('tbody');
const wrap = $('.table-wrap');
const ROW_H = 30;
const MAX_MARKS = 20000;
const VIRTUAL_ABOVE = 400; // rows: below this the whole table is rendered

function say(msg, kind = 'info') {
  const m = $('#message');
  m.textContent = msg;
  m.className = kind;
}

// ---- a text too large for the box ----------------------------------------
// Laying out megabytes in a <textarea> blocks the page for seconds (about
// 0.4 s per MB in Chromium), so a paste or a file above BIG_TEXT characters
// is held here: the box shows its beginning, read-only, and the analysis,
// the source pane and the downloads use the whole text.
const BIG_TEXT = 1_000_000;
const PREVIEW = 20_000;
let held = null;
const reportText = () => held ?? textarea.value;
function hold(text) {
  held = text;
  textarea.value = text.slice(0, PREVIEW);
  textarea.readOnly = true;
  say(t('held', (text.length / 1e6).toFixed(1)));
}
function release() {
  held = null;
  textarea.readOnly = false;
}

// ---- analysis ------------------------------------------------------------
let analysisSeq = 0;
let debounce = 0;
async function analyzeNow() {
  const text = reportText();
  state.text = text;
  const seq = ++analysisSeq;
  if (!text.trim()) {
    state.report = null;
    state.summary = null;
    render();
    say(t('empty'));
    return;
  }
  $('#summary').textContent = t('working');
  const bar = $('#progress');
  bar.hidden = text.length < 100_000;
  $('#progress-label').hidden = bar.hidden;
  bar.value = 0;
  $('#progress-label').textContent = '0%';
  bar.title = `${(text.length / 1e6).toFixed(1)} M`;
  try {
    const res = await call({ type: 'analyze', text });
    if (seq !== analysisSeq) return; // a newer paste won
    bar.hidden = true;
    $('#progress-label').hidden = true;
    state.report = res.report;
    state.summary = res.summary;
    state.ms = res.ms;
    table.dataset.analysisMs = res.ms.toFixed(2);
    state.selected = -1;
    render();
    prepareWhenIdle();
    if ($('#message').textContent === t('empty')) say('');
    const d = res.report.diagnostics || [];
    if (d.length && !$('#message').textContent) say(t('diagnostics', d.length, d.slice(0, 3).map((x) => x.message).join('；')));
  } catch (e) {
    if (seq === analysisSeq) {
      bar.hidden = true;
    $('#progress-label').hidden = true;
      say(t('failed', e.message), 'error');
    }
  }
}
function schedule() {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, 250);
}

// ---- rendering -----------------------------------------------------------
const fmtValue = (v) => (v === null || v === undefined ? '' : Number.isInteger(v) ? String(v) : String(+v.toPrecision(12)));

// ---- sort and filter at scale -------------------------------------------
// Computed once per report (and language) and kept: for every sortable
// column the dense rank of each row's value, and for the filter each row's
// searchable text, lowercased. A sort click or a keystroke is then a pass
// over typed arrays, however many rows there are.
const collator = new Intl.Collator('zh');
const model = { report: null, ranks: new Map(), hay: null, hayLang: null, hayDone: 0 };
function modelFor(r) {
  if (model.report !== r) {
    model.report = r;
    model.ranks.clear();
    model.hay = null;
  }
  return model;
}

/** The rank of each row's value of column `k` (-1 for none) and the highest rank. */
function ranksOf(k) {
  const m = modelFor(state.report);
  let got = m.ranks.get(k);
  if (got) return got;
  const inds = state.report.indicators;
  const rank = new Int32Array(inds.length);
  const ids = new Map();
  const values = [];
  let numeric = true;
  for (let i = 0; i < inds.length; i++) {
    const v = inds[i][k];
    if (v === null || v === undefined) { rank[i] = -1; continue; }
    let id = ids.get(v);
    if (id === undefined) {
      id = values.length;
      ids.set(v, id);
      values.push(v);
      if (typeof v !== 'number') numeric = false;
    }
    rank[i] = id;
  }
  // the distinct values in order: numbers by value, text as the table
  // always sorted it (String#localeCompare with 'zh')
  const cmp = numeric ? (a, b) => values[a] - values[b] : (a, b) => collator.compare(String(values[a]), String(values[b]));
  const order = values.map((_, j) => j).sort(cmp);
  const dense = new Int32Array(values.length);
  let top = -1;
  for (let j = 0; j < order.length; j++) {
    if (j === 0 || cmp(order[j - 1], order[j]) !== 0) top++;
    dense[order[j]] = top;
  }
  for (let i = 0; i < rank.length; i++) if (rank[i] >= 0) rank[i] = dense[rank[i]];
  got = { rank, top };
  m.ranks.set(k, got);
  return got;
}

/**
 * Each row's searchable fields, lowercased, one per line; built for the
 * first `upTo` rows (all by default).
 */
function haystack(upTo = Infinity) {
  const m = modelFor(state.report);
  const inds = state.report.indicators;
  if (!m.hay || m.hayLang !== lang) {
    m.hay = new Array(inds.length);
    m.hayDone = 0;
    m.hayLang = lang;
  }
  const words = new Map(); // t() of the few kinds and measures
  const tr = (x) => {
    let v = words.get(x);
    if (v === undefined) { v = t(x); words.set(x, v); }
    return v;
  };
  const end = Math.min(upTo, inds.length);
  for (let i = m.hayDone; i < end; i++) {
    const ind = inds[i];
    // '\n' is no cased letter: lowercasing the joined fields is lowercasing each
    m.hay[i] = [ind.name, ind.display, ind.unit, ind.section, ind.kind, tr(ind.kind), tr(ind.measure), String(ind.year ?? '')]
      .filter((x) => x).join('\n').toLowerCase();
  }
  m.hayDone = Math.max(m.hayDone, end);
  return m.hay;
}

// While the page is idle after an analysis, the filter's haystack and the
// ranks of every column are made ready, so that even the first keystroke
// or sort click of a large table is quick.
const SORT_KEYS = ['name', 'display', 'value', 'unit', 'comparator', 'measure', 'kind', 'year', 'section'];
const idle = window.requestIdleCallback || ((f) => setTimeout(() => f({ timeRemaining: () => 8 }), 30));
function prepareWhenIdle() {
  const r = state.report;
  const step = (deadline) => {
    if (!r || state.report !== r) return;
    const m = modelFor(r);
    while (deadline.timeRemaining() > 1) {
      if (!m.hay || m.hayLang !== lang || m.hayDone < r.indicators.length) {
        haystack((m.hay && m.hayLang === lang ? m.hayDone : 0) + 5000);
        continue;
      }
      const k = SORT_KEYS.find((x) => !m.ranks.has(x));
      if (!k) return;
      ranksOf(k);
    }
    idle(step);
  };
  idle(step);
}

/** The indices of the rows shown, in order: filtered, then sorted. */
function visibleRows() {
  const r = state.report;
  if (!r) return new Uint32Array(0);
  const n = r.indicators.length;
  // the filter box holds one line, so a match never spans two fields
  const f = state.filter.trim().toLowerCase();
  let rows;
  if (f) {
    const hay = haystack();
    const keep = [];
    for (let i = 0; i < n; i++) if (hay[i].includes(f)) keep.push(i);
    rows = Uint32Array.from(keep);
  } else {
    rows = new Uint32Array(n);
    for (let i = 0; i < n; i++) rows[i] = i;
  }
  if (!state.sortKey) return rows;
  // a counting sort by rank: rows of equal value keep the text's order and
  // rows with no value go last, ascending or descending
  const { rank, top } = ranksOf(state.sortKey);
  const d = state.sortDir;
  const bucket = (i) => (rank[i] < 0 ? top + 1 : d > 0 ? rank[i] : top - rank[i]);
  const start = new Int32Array(top + 3);
  for (let k = 0; k < rows.length; k++) start[bucket(rows[k]) + 1]++;
  for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
  const out = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[start[bucket(rows[k])]++] = rows[k];
  return out;
}

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

function renderRows() {
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

// The source pane in blocks of about this many UTF-16 units, cut at line
// breaks: the browser lays out and paints only the blocks in view
// (content-visibility), where one block of megabytes took seconds.
const SOURCE_BLOCK = 20000;
function renderSource() {
  const src = $('#source');
  src.replaceChildren();
  const r = state.report;
  const text = state.text;
  if (!r) { src.textContent = ''; return; }
  const frag = document.createDocumentFragment();
  let block = null, size = 0;
  const open = () => { block = document.createElement('div'); block.className = 'block'; frag.appendChild(block); size = 0; };
  // plain text, cut into a new block at a line break once the block is full
  const plain = (from, to) => {
    while (from < to) {
      let cut = to;
      if (size + (to - from) > SOURCE_BLOCK) {
        const a = from + Math.max(0, SOURCE_BLOCK - size);
        const k = a < to ? text.substring(a, to).indexOf('\n') : -1;
        if (k >= 0) cut = a + k + 1;
      }
      block.appendChild(document.createTextNode(text.slice(from, cut)));
      size += cut - from;
      from = cut;
      if (size >= SOURCE_BLOCK && text.charCodeAt(cut - 1) === 10) open();
    }
  };
  open();
  let at = 0;
  // On a huge paste the first MAX_MARKS figures are marked; the table has all.
  const spans = r.indicators.slice(0, MAX_MARKS).map((ind, i) => ({ s: ind.start16, e: ind.end16, i })).sort((a, b) => a.s - b.s);
  for (const { s, e, i } of spans) {
    if (s < at) continue;
    plain(at, s);
    const m = document.createElement('mark');
    m.dataset.index = i;
    m.className = r.indicators[i].kind;
    m.textContent = text.slice(s, e);
    block.appendChild(m);
    size += e - s;
    at = e;
  }
  plain(at, text.length);
  src.appendChild(frag);
}

function renderSummary() {
  const r = state.report;
  table.dataset.count = r ? r.indicators.length : 0;
  if (!r) { $('#summary').textContent = ''; return; }
  const n = r.indicators.length;
  const a = r.indicators.filter((x) => x.kind === 'actual').length;
  $('#summary').textContent = t('summary', n, a, n - a, state.ms.toFixed(1), state.rows.length);
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

function renderSortMarks() {
  for (const th of table.querySelectorAll('th')) {
    th.setAttribute('aria-sort', th.dataset.key === state.sortKey ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none');
  }
}

function render() {
  renderSummaryPanels();
  state.rows = visibleRows();
  renderSummary();
  renderRows();
  renderSource();
  renderSortMarks();
}

function select(i, fromSource = false) {
  state.selected = i;
  for (const tr of tbody.querySelectorAll('tr.selected')) tr.classList.remove('selected');
  for (const m of document.querySelectorAll('#source mark.active')) m.classList.remove('active');
  const mark = document.querySelector(`#source mark[data-index="${i}"]`);
  if (mark) {
    mark.classList.add('active');
    if (!fromSource) mark.scrollIntoView({ block: 'center' });
  }
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

// ---- events --------------------------------------------------------------
tbody.addEventListener('click', (e) => {
  const tr = e.target.closest('tr[data-index]');
  if (tr) select(Number(tr.dataset.index));
});
$('#source').addEventListener('click', (e) => {
  const m = e.target.closest('mark[data-index]');
  if (m) select(Number(m.dataset.index), true);
});
table.querySelector('thead').addEventListener('click', (e) => {
  const th = e.target.closest('th[data-key]');
  if (!th) return;
  const k = th.dataset.key;
  state.sortDir = state.sortKey === k ? -state.sortDir : 1;
  state.sortKey = k;
  state.rows = visibleRows();
  renderRows();
  renderSortMarks();
});
$('#filter').addEventListener('input', (e) => {
  state.filter = e.target.value;
  state.rows = visibleRows();
  renderSummary();
  renderRows();
});

let saveTimer = 0;
let pasted = false;
textarea.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length > BIG_TEXT || (held !== null && text)) {
    // too large for the box: held beside it (a paste replaces the selection,
    // or the whole of a held text)
    e.preventDefault();
    const v = textarea.value;
    const whole = held !== null ? text : v.slice(0, textarea.selectionStart) + text + v.slice(textarea.selectionEnd);
    if (whole.length > BIG_TEXT) hold(whole); else { release(); textarea.value = whole; }
    clearTimeout(debounce);
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
    clearTimeout(debounce);
    analyzeNow();
  } else {
    schedule();
  }
});
function save() {
  // over quota the text stays in the page, and an older saved text is not
  // restored in its place
  try { localStorage.setItem(STORE, reportText()); } catch { localStorage.removeItem(STORE); }
}
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
async function loadFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) { say(t('binary', file.name), 'error'); return; }
  let text, enc = 'UTF-8';
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch {
    text = new TextDecoder('gb18030').decode(bytes); enc = 'GB18030';
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.length > BIG_TEXT) hold(text); else { release(); textarea.value = text; }
  save();
  if (held === null) say(t('loaded', file.name, enc));
  analyzeNow();
}
$('#file').addEventListener('change', (e) => { const f = e.target.files[0]; if (f) loadFile(f); e.target.value = ''; });
textarea.addEventListener('dragover', (e) => { e.preventDefault(); textarea.classList.add('drop'); });
textarea.addEventListener('dragleave', () => textarea.classList.remove('drop'));
textarea.addEventListener('drop', (e) => {
  e.preventDefault();
  textarea.classList.remove('drop');
  const f = e.dataTransfer.files[0];
  if (f) loadFile(f);
});

// ---- downloads -----------------------------------------------------------
// The user's own date: toISOString() would give the UTC one, a day behind
// in China before 08:00.
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
function saveBlob(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
async function download(format, mime) {
  try {
    const { out } = await call({ type: 'export', format, text: reportText() });
    saveBlob(new Blob([out], { type: mime }), `zhibiao-${today()}.${format}`);
    if ($('#message').className === 'error') say('');
  } catch (e) { say(t('exportFail', e.message), 'error'); }
}

// ---- tabs ----------------------------------------------------------------
$('#tabs').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-tab]');
  if (!b) return;
  for (const x of document.querySelectorAll('#tabs button')) x.setAttribute('aria-selected', String(x === b));
  for (const p of document.querySelectorAll('.panel')) p.hidden = p.id !== `panel-${b.dataset.tab}`;
  if (b.dataset.tab === 'list') renderRows();
});
$('#download-csv').addEventListener('click', () => download('csv', 'text/csv;charset=utf-8'));
$('#download-json').addEventListener('click', () => download('json', 'application/json'));
$('#download-xlsx').addEventListener('click', () => download('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));

// ---- language ------------------------------------------------------------
function applyLang() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  $('#lang-zh').setAttribute('aria-pressed', String(lang === 'zh'));
  $('#lang-en').setAttribute('aria-pressed', String(lang === 'en'));
  render();
}
$('#lang-zh').addEventListener('click', () => { lang = 'zh'; localStorage.setItem(LANG, lang); applyLang(); });
$('#lang-en').addEventListener('click', () => { lang = 'en'; localStorage.setItem(LANG, lang); applyLang(); });

// ---- start ---------------------------------------------------------------
const saved = localStorage.getItem(STORE);
applyLang();
if (saved) {
  if (saved.length > BIG_TEXT) hold(saved); else textarea.value = saved;
  say(t('restored'), 'restored');
  analyzeNow();
} else {
  say(t('empty'));
}
document.body.dataset.ready = '1';
