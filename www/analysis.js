// One analysis of the report's text: asked of the worker, its progress on
// a long text shown, the view rendered with the result. A newer analysis
// wins over an older one still running.

import { t } from './i18n.js';
import { call, onProgress } from './core.js';
import { $, state, say, reportText } from './state.js';
import { prepareWhenIdle } from './rows.js';
import { setAnalysisMs } from './table.js';
import { render } from './view.js';

function showProgress(f) {
  const bar = $('#progress');
  bar.value = f;
  bar.textContent = `${Math.round(f * 100)}%`;
  $('#progress-label').textContent = `${Math.round(f * 100)}%`;
}
onProgress(showProgress);

function hideProgress() {
  $('#progress').hidden = true;
  $('#progress-label').hidden = true;
}

let analysisSeq = 0;
let debounce = 0;

/** Analyses the report's text now (cancelling a wait for a pause in typing). */
export async function analyzeNow() {
  clearTimeout(debounce);
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
    hideProgress();
    state.report = res.report;
    state.summary = res.summary;
    state.ms = res.ms;
    setAnalysisMs(res.ms);
    state.selected = -1;
    render();
    prepareWhenIdle();
    if ($('#message').textContent === t('empty')) say('');
    const d = res.report.diagnostics || [];
    if (d.length && !$('#message').textContent) say(t('diagnostics', d.length, d.slice(0, 3).map((x) => x.message).join('；')));
  } catch (e) {
    if (seq === analysisSeq) {
      hideProgress();
      say(t('failed', e.message), 'error');
    }
  }
}

/** Analyses after a pause in typing. */
export function schedule() {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, 250);
}
