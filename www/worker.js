// The analysis worker: runs the wasm core off the page's thread. Messages
// in: {id, type: 'analyze' | 'export', text, format}; out: {id, ok, ...}.
import init, * as core from './pkg/zhibiao.js';

const ready = init();
let xlsx = null; // the second module, with the workbook writer, loaded on demand

self.onmessage = async ({ data }) => {
  const { id, type, text } = data;
  try {
    await ready;
    if (type === 'analyze') {
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
