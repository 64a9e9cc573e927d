// The analysis worker: runs the wasm core off the page's thread. Messages
// in: {id, type, ...}; out: {id, ok, ...} or {id, ok: false, error}.
//   analyze {text}             -> {report, summary, ms}  (and {id, progress} on long texts)
//   analyze {names, texts}     -> {panel, ms}  several reports: their indicators and promises
//   export-panel {names, texts, format} -> {out}  csv, promises (CSV), json or xlsx
//   export {text, format}      -> {out}   csv, json, md, or xlsx (pkg-xlsx, loaded on demand)
//   export-summary {text, table, format} -> {out}
//   find {text, query, limit}  -> {count, starts, ends}   UTF-16 spans of the first `limit` matches (pkg-search)
//   filter {rows, query}       -> {rows}  the indices of the rows a /regex/ matches
//   visible {text}             -> {text, html}  the visible text of an HTML document
//   read {file}                -> {format, text, encoding, noText}  a File read and told by its bytes
import init, * as core from './pkg/zhibiao.js';

const ready = init();
// the modules loaded on demand, each the core with more: the workbook
// writer and the Word reader (pkg-xlsx), and the regex crate (pkg-search)
const lazy = {};
async function module(name) {
  if (!lazy[name]) {
    lazy[name] = import(`./pkg-${name}/zhibiao.js`).then(async (m) => { await m.default(); return m; });
    lazy[name].catch(() => { lazy[name] = null; });
  }
  return lazy[name];
}

function analyze(id, text) {
  // long texts report their progress: {id, progress} messages
  let last = 0;
  const report = text.length < 100_000
    ? core.analyze(text)
    : core.analyze_progress(text, (f) => {
      if (f - last >= 0.02 || f === 1) { last = f; self.postMessage({ id, progress: f }); }
    });
  // the page shows neither the sentence nor the original text of a
  // figure: not copying them to the page halves what crosses over
  for (const ind of report.indicators) {
    ind.sentence = undefined;
    ind.text = undefined;
  }
  // the core times itself with the worker's performance.now()
  return { report, summary: report.summary, ms: report.ms };
}

async function exportAs(text, format) {
  if (format === 'csv') return core.export_csv(text);
  if (format === 'json') return core.export_json(text);
  if (format === 'md') return core.export_markdown(text);
  if (format === 'xlsx') return (await module('xlsx')).export_xlsx(text);
  throw new Error(`unknown format ${format}`);
}

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
        out = (await module('xlsx')).export_panel_xlsx(data.names, data.texts);
      } else out = core.export_panel(data.names, data.texts, data.format);
      self.postMessage({ id, ok: true, out }, out instanceof Uint8Array ? [out.buffer] : []);
    } else if (type === 'analyze') {
      self.postMessage({ id, ok: true, ...analyze(id, text) });
    } else if (type === 'export-summary') {
      self.postMessage({ id, ok: true, out: core.export_summary(text, data.table, data.format) });
    } else if (type === 'export') {
      const out = await exportAs(text, data.format);
      self.postMessage({ id, ok: true, out }, out instanceof Uint8Array ? [out.buffer] : []);
    } else if (type === 'find') {
      const search = await module('search');
      self.postMessage({ id, ok: true, ...search.find(text, data.query, data.limit) });
    } else if (type === 'filter') {
      const rows = (await module('search')).filter_rows(data.rows, data.query);
      self.postMessage({ id, ok: true, rows }, [rows.buffer]);
    } else if (type === 'visible') {
      const html = core.is_html(text) || data.html === true;
      self.postMessage({ id, ok: true, html, text: html ? core.visible_text(text) : text });
    } else if (type === 'read') {
      const got = core.read_file(data.file);
      if (got.format === 'pdf') {
        // pdf.js, loaded only now (pdftext.js)
        const { pdfText } = await import('./pdftext.js');
        try {
          got.text = await pdfText(new Uint8Array(await data.file.arrayBuffer()));
        } catch (e) {
          if (e.message !== 'no-text') throw e;
          got.noText = true;
        }
      } else if (got.format === 'docx') {
        // the Word reader (zip + quick-xml) is in the module with the workbook writer
        const bytes = new Uint8Array(await data.file.arrayBuffer());
        got.text = (await module('xlsx')).docx_text(bytes);
      }
      self.postMessage({ id, ok: true, ...got });
    } else {
      throw new Error(`unknown message ${type}`);
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message || e) });
  }
};
