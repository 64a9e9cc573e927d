// One analysis of the report's text: asked of the worker, its progress on
// a long text shown, the view rendered with the result. A newer analysis
// wins over an older one still running.

import { t } from './i18n.js';
import { call, onProgress } from './core.js';
import { $, state, say, reportText } from './state.js';
import { prepareWhenIdle } from './rows.js';
import { setAnalysisMs } from './table.js';
import { render, showReport } from './view.js';
import { refilter } from './filter.js';
import { runFind } from './find.js';
import { isPanel } from './panel.js';

/** Several reports: all analysed in the worker, with their promises. */
async function analyzePanel(seq) {
  $('#summary').textContent = t('working');
  try {
    const res = await call({ type: 'analyze', names: state.reports.map((r) => r.name), texts: state.reports.map((r) => r.text) });
    if (seq !== analysisSeq) return;
    state.panel = res.panel;
    state.report = { indicators: res.panel.indicators, diagnostics: [] };
    state.summary = null;
    state.ms = res.ms;
    setAnalysisMs(res.ms);
    state.selected = -1;
    state.regexRows = null;
    if (state.current >= state.reports.length) state.current = 0;
    state.text = state.reports[state.current].text;
    render();
    showReport(state.current);
    prepareWhenIdle();
    refilter();
    runFind();
  } catch (e) {
    if (seq === analysisSeq) say(t('failed', e.message), 'error');
  }
}

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
  const seq = ++analysisSeq;
  if (isPanel()) return analyzePanel(seq);
  state.panel = null;
  const text = reportText();
  state.text = text;
  if (!text.trim()) {
    state.report = null;
    state.summary = null;
    state.regexRows = null;
    render();
    runFind();
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
    state.regexRows = null; // the rows of the old report
    render();
    refilter();
    runFind();
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
