// The pasted text kept in the browser's IndexedDB, which holds texts of any
// size the browser allows (localStorage held about 5 MB, so a larger paste
// was lost on reload), and restored after a reload or a crash of the tab.
//
// One database, `zhibiao`, one object store, `texts`, keyed by name; the
// text being edited is under CURRENT. A text saved by an older version of
// the page in localStorage is moved over once.

import { t } from './i18n.js';
import { reportText, say, state } from './state.js';

const DB = 'zhibiao';
const STORE = 'texts';
const CURRENT = 'current';
const REPORTS = 'reports'; // several reports (issue 12): [{name, text}]
const LEGACY = 'zhibiao.text'; // localStorage key of older versions

let db = null;
function open() {
  if (!db) {
    db = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked'));
    });
    db.catch(() => { db = null; });
  }
  return db;
}

/** Runs `f(store)` in a transaction; resolves with the request's result once committed. */
async function inStore(mode, f) {
  const d = await open();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(STORE, mode);
    const req = f(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error || req.error);
    tx.onabort = () => reject(tx.error || new Error('aborted'));
  });
}

export const put = (key, value) => inStore('readwrite', (s) => s.put(value, key));
export const get = (key) => inStore('readonly', (s) => s.get(key));

let refused = false;
/**
 * Saves the report's text, or the reports when there are several. When the
 * browser refuses the space the text stays in the page and the user is told
 * it will not survive a reload.
 */
export async function save() {
  const several = state.reports.length > 1;
  const text = several ? '' : reportText();
  try {
    await put(REPORTS, several ? state.reports.map(({ name, text: t }) => ({ name, text: t })) : null);
    if (!several) await put(CURRENT, text);
    if (refused) {
      refused = false;
      if (document.querySelector('#message').className === 'error') say('');
    }
  } catch (e) {
    refused = true;
    const full = e && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
    const size = several ? state.reports.reduce((n, r) => n + r.text.length, 0) : text.length;
    say(t(full ? 'quota' : 'storeFail', (size / 1e6).toFixed(1), e && e.message), 'error');
  }
}

/** The text saved last time, or null. */
export async function restore() {
  try {
    const legacy = localStorage.getItem(LEGACY);
    if (legacy !== null) {
      await put(CURRENT, legacy);
      localStorage.removeItem(LEGACY);
    }
    return (await get(CURRENT)) ?? null;
  } catch {
    return null;
  }
}

/** The reports saved last time ([{name, text}], several), or null. */
export async function restoreReports() {
  try {
    const r = await get(REPORTS);
    return Array.isArray(r) && r.length > 1 && r.every((x) => typeof x.name === 'string' && typeof x.text === 'string') ? r : null;
  } catch { return null; }
}
