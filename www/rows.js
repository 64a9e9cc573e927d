// Sort and filter at scale. Computed once per report (and language) and
// kept: for every sortable column the dense rank of each row's value, and
// for the filter each row's searchable text, lowercased. A sort click or a
// keystroke is then a pass over typed arrays, however many rows there are.

import { lang, t } from './i18n.js';
import { state } from './state.js';

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
export function prepareWhenIdle() {
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
export function visibleRows() {
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
  return sortRows(rows);
}

/** `rows` in the order of the sort column, if one is chosen. */
function sortRows(rows) {
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
