// The find box over the source text: plain words or a /regular expression/,
// run by the regex crate in the worker over the text as analysed. The number
// of matches is in #find-count ("current/all"); the matches are highlighted
// with the CSS Custom Highlight API (no change to the DOM), the current one
// apart; Enter, the arrows or Shift+Enter move to the next or previous one.

import { t } from './i18n.js';
import { call } from './core.js';
import { $, state } from './state.js';

// highlights beyond this many are counted, not painted
const MAX_PAINTED = 10000;
const EMPTY = { count: 0, starts: new Uint32Array(0), ends: new Uint32Array(0) };
let found = EMPTY;
let current = -1;
let seq = 0;

function showCount(error) {
  const box = $('#find');
  const out = $('#find-count');
  out.dataset.query = box.value; // what the count answers
  if (error) {
    box.setAttribute('aria-invalid', 'true');
    out.textContent = t('badPattern', error);
    out.className = 'error';
    return;
  }
  box.removeAttribute('aria-invalid');
  out.className = '';
  out.dataset.count = found.count;
  out.textContent = box.value.trim() ? `${current + 1}/${found.count}` : '';
}

/** Finds the box's query in the text shown; a newer query wins. */
export async function runFind() {
  const my = ++seq;
  const query = $('#find').value;
  if (!query.trim() || !state.report) {
    found = EMPTY;
    current = -1;
    paint();
    showCount();
    return;
  }
  try {
    const res = await call({ type: 'find', text: state.text, query, limit: MAX_PAINTED });
    if (my !== seq) return;
    found = res;
    current = found.count ? 0 : -1;
    paint();
    showCount();
    reveal();
  } catch (e) {
    if (my !== seq || e.message === 'cancelled') return;
    showCount(e.message); // the last good highlights stay
  }
}

/** Moves to the next (+1) or previous (-1) match. */
export function step(d) {
  const n = Math.min(found.count, found.starts.length);
  if (!n) return;
  current = (current + d + n) % n;
  paintCurrent();
  showCount();
  reveal();
}

// ---- painting -------------------------------------------------------------
let nodes = null; // the text nodes of the source pane and where each starts
function textNodes() {
  if (nodes && nodes.root.isConnected && nodes.root.firstChild === nodes.first) return nodes;
  const src = $('#source');
  const list = [];
  const at = [];
  let n = 0;
  const walk = document.createTreeWalker(src, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    list.push(node);
    at.push(n);
    n += node.length;
  }
  nodes = { root: src, first: src.firstChild, list, at };
  return nodes;
}

function rangeOf(s, e) {
  const { list, at } = textNodes();
  if (!list.length) return null;
  const locate = (off) => {
    let lo = 0, hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return [list[lo], Math.min(off - at[lo], list[lo].length)];
  };
  const r = document.createRange();
  r.setStart(...locate(s));
  r.setEnd(...locate(e));
  return r;
}

const hasHighlights = () => typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';

/** Paints the matches again (the source pane was rendered anew). */
export function paint() {
  nodes = null;
  if (!hasHighlights()) return;
  const all = new Highlight();
  for (let k = 0; k < found.starts.length; k++) {
    const r = rangeOf(found.starts[k], found.ends[k]);
    if (r) all.add(r);
  }
  CSS.highlights.set('find', all);
  paintCurrent();
}

function paintCurrent() {
  if (!hasHighlights()) return;
  const r = current >= 0 ? rangeOf(found.starts[current], found.ends[current]) : null;
  if (r) CSS.highlights.set('find-current', new Highlight(r)); else CSS.highlights.delete('find-current');
}

/** Scrolls the source pane to the current match. */
function reveal() {
  if (current < 0) return;
  const r = rangeOf(found.starts[current], found.ends[current]);
  if (!r) return;
  const src = $('#source');
  const el = r.startContainer.parentElement;
  if (el && el !== src) el.scrollIntoView({ block: 'nearest' });
  const box = r.getBoundingClientRect();
  const pane = src.getBoundingClientRect();
  src.scrollTop += box.top - pane.top - pane.height / 2;
}

/** Wires the find box and its buttons. */
export function wireFind() {
  let timer = 0;
  $('#find').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { timer = 0; runFind(); }, 120); });
  $('#find').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // a query still waiting for its pause is run first
      if (timer) { clearTimeout(timer); timer = 0; runFind(); return; }
      step(e.shiftKey || e.key === 'ArrowUp' ? -1 : 1);
    }
  });
  $('#find-next').addEventListener('click', () => step(1));
  $('#find-prev').addEventListener('click', () => step(-1));
}
