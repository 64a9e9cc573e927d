// The analysis worker: runs the wasm core off the page's thread. Messages
// in: {id, type: 'analyze' | 'export' | 'export-summary' | 'export-panel', text
// or names and texts (several reports), format}; out: {id, ok, ...}.
import init, * as core from './pkg/zhibiao.js';

const ready = init();
let xlsx = null; // the second module, with the workbook writer, loaded on demand

self.onmessage = async ({ data }) => {
  const { id, type, text } = data;
  try {
    await ready;
    if (type === 'analyze' && data.texts) {
      // several reports: every indicator with its report, and the promises
      const t0 = performance.now();
      const panel = core.panel(data.names, data.texts);
      const ms = performance.now() - t0;
      for (const ind of panel.indicators) {
        ind.sentence = undefined;
        ind.text = undefined;
      }
      self.postMessage({ id, ok: true, panel, ms });
    } else if (type === 'export-panel') {
      let out;
      if (data.format === 'json') {
        // the object of `zhibiao panel --format json`: each indicator with its report's fields
        const p = core.panel(data.names, data.texts);
        const fields = ({ source, report_year, government, level, document, language }) => ({ source, report_year, government, level, document, language });
        const indicators = p.indicators.map(({ r, source, start16, end16, ...ind }) => ({ ...fields(p.reports[r]), ...ind }));
        const promises = p.promises.map(({ target16, actual16, ...x }) => x);
        out = JSON.stringify({ reports: p.reports, indicators, promises }, null, 1);
      } else if (data.format === 'xlsx') {
        if (!xlsx) {
          xlsx = await import('./pkg-xlsx/zhibiao.js');
          await xlsx.default();
        }
        out = xlsx.export_panel_xlsx(data.names, data.texts);
      } else out = core.export_panel(data.names, data.texts, data.format);
      self.postMessage({ id, ok: true, out }, out instanceof Uint8Array ? [out.buffer] : []);
    } else if (type === 'analyze') {
      const t0 = performance.now();
      // long texts report their progress: {id, progress} messages
      let last = 0;
      const report = text.length < 100_000
        ? core.analyze(text)
        : core.analyze_progress(text, (f) => {
          if (f - last >= 0.02 || f === 1) { last = f; self.postMessage({ id, progress: f }); }
        });
      const ms = performance.now() - t0;
      // the page shows neither the sentence nor the original text of a
      // figure: not copying them to the page halves what crosses over
      for (const ind of report.indicators) {
        ind.sentence = undefined;
        ind.text = undefined;
      }
      self.postMessage({ id, ok: true, report, summary: report.summary, ms });
    } else if (type === 'export-summary') {
      self.postMessage({ id, ok: true, out: core.export_summary(text, data.table, data.format) });
    } else if (type === 'export') {
      let out;
      if (data.format === 'csv') out = core.export_csv(text);
      else if (data.format === 'json') out = core.export_json(text);
      else if (data.format === 'md') out = core.export_markdown(text);
      else if (data.format === 'xlsx') {
        if (!xlsx) {
          xlsx = await import('./pkg-xlsx/zhibiao.js');
          await xlsx.default();
        }
        out = xlsx.export_xlsx(text);
      } else throw new Error(`unknown format ${data.format}`);
      self.postMessage({ id, ok: true, out }, out instanceof Uint8Array ? [out.buffer] : []);
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message || e) });
  }
};
