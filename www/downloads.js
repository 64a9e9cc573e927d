// Downloads: the report's list as CSV, JSON or XLSX (made by the worker),
// named with the user's own date.

import { t } from './i18n.js';
import { call } from './core.js';
import { $, say, reportText } from './state.js';

// The user's own date: toISOString() would give the UTC one, a day behind
// in China before 08:00.
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function saveBlob(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

export async function download(format, mime) {
  try {
    const { out } = await call({ type: 'export', format, text: reportText() });
    saveBlob(new Blob([out], { type: mime }), `zhibiao-${today()}.${format}`);
    if ($('#message').className === 'error') say('');
  } catch (e) { say(t('exportFail', e.message), 'error'); }
}

/** Wires the three download buttons. */
export function wireDownloads() {
  $('#download-csv').addEventListener('click', () => download('csv', 'text/csv;charset=utf-8'));
  $('#download-json').addEventListener('click', () => download('json', 'application/json'));
  $('#download-xlsx').addEventListener('click', () => download('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
}
