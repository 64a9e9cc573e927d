// The source pane: the text as analysed, each figure a <mark> that links to
// its row. Built in blocks of about SOURCE_BLOCK UTF-16 units, cut at line
// breaks: the browser lays out and paints only the blocks in view
// (content-visibility), where one block of megabytes took seconds.

import { $, state } from './state.js';

const SOURCE_BLOCK = 20000;
const MAX_MARKS = 20000;

export function renderSource() {
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

/** Marks figure `i` as the active one, scrolling to it unless asked not to. */
export function markActive(i, scroll) {
  for (const m of document.querySelectorAll('#source mark.active')) m.classList.remove('active');
  const mark = document.querySelector(`#source mark[data-index="${i}"]`);
  if (mark) {
    mark.classList.add('active');
    if (scroll) mark.scrollIntoView({ block: 'center' });
  }
}

/** Calls `f(i)` when the figure `i` is clicked in the source pane. */
export function onSourceClick(f) {
  $('#source').addEventListener('click', (e) => {
    const m = e.target.closest('mark[data-index]');
    if (m) f(Number(m.dataset.index));
  });
}
