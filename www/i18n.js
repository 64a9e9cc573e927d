// The interface's words in Chinese and English, the language chosen (kept
// in localStorage) and t(), which looks a word up in both this table and the
// summary tabs' own.

import { SUMMARY_I18N } from './summary.js';
import { PANEL_I18N } from './panel.js';

const LANG = 'zhibiao.lang';

const I18N = {
  zh: {
    title: '指标 · 政府工作报告指标提取', privacy: '文本只在本机浏览器中分析，不会发送到任何服务器。',
    example: '载入示例报告', open: '打开文件（.txt .docx .pdf .html）', clear: '清空', source: '原文定位',
    placeholder: '在此粘贴政府工作报告全文，或把 .txt 文件拖到这里……', filter: '筛选：名称、单位、章节……（可用 /正则表达式/）',
    csv: '下载 CSV', xlsx: '下载 XLSX', json: '下载 JSON',
    c_name: '名称', c_display: '原文数值', c_value: '基本单位数值', c_unit: '单位', c_cmp: '比较', c_measure: '类型',
    c_kind: '实绩/目标', c_year: '年份', c_section: '章节',
    level: '水平', change: '变化', actual: '实绩', target: '目标',
    empty: '请粘贴报告文本，或点击“载入示例报告”。',
    summary: (n, a, t, ms, shown) => `共 ${n} 个指标：实绩 ${a} 个，目标 ${t} 个${shown < n ? `（筛选后 ${shown} 个）` : ''}。分析用时 ${ms} 毫秒。`,
    working: '正在分析……', confirmClear: '清空已粘贴的文本？此操作无法撤销。',
    binary: (f) => `“${f}”不是文本文件，未载入。请选择 .txt 文件。`,
    loaded: (f, enc) => `已载入“${f}”（${enc}）。`, failed: (e) => `分析失败：${e}`,
    restored: '已恢复上次粘贴的文本。',
    quota: (n) => `浏览器拒绝为此文本（${n} 百万字符）分配存储空间：文本仍在本页中，但重新载入后不会恢复。请释放磁盘空间或在浏览器设置中允许本站存储。`,
    storeFail: (n, e) => `无法保存文本（${e}）：文本仍在本页中，但重新载入后不会恢复。`,
    held: (n) => `文本较大（${n} 百万字符）：输入框只显示开头，分析、原文定位和下载都使用全文。清空后可重新编辑。`,
    diagnostics: (n, ex) => `提示：另有 ${n} 处数字未能识别为指标（${ex}）。`, exportFail: (e) => `导出失败：${e}`,
    find: '在原文中查找（可用 /正则表达式/）', prev: '上一个', next: '下一个', badPattern: (e) => `正则表达式有误：${e}`,
    loadedHtml: (f, enc) => `已载入网页“${f}”（${enc}）：只保留了可见文字。`, pastedHtml: '已粘贴网页内容：只保留了可见文字。',
    loadedDocx: (f) => `已载入 Word 文档“${f}”。`,
    loadedPdf: (f) => `已载入 PDF“${f}”（文字层）。`,
    pdfNoText: (f) => `“${f}”没有文字层（可能是扫描图片），无法读取其中的文字。本工具不做文字识别（OCR）：请使用带文字的 PDF，或先用 OCR 软件转换。`,
  },
  en: {
    title: 'Zhibiao · indicators of government work reports', privacy: 'The text is analysed in this browser only and never sent anywhere.',
    example: 'Load an example report', open: 'Open a file (.txt .docx .pdf .html)', clear: 'Clear', source: 'Source text',
    placeholder: 'Paste the text of a government report here, or drop a .txt file…', filter: 'Filter: name, unit, section… (or /regular expression/)',
    csv: 'Download CSV', xlsx: 'Download XLSX', json: 'Download JSON',
    c_name: 'Name', c_display: 'As written', c_value: 'Value (base units)', c_unit: 'Unit', c_cmp: 'Comparator',
    c_measure: 'Measure', c_kind: 'Result/target', c_year: 'Year', c_section: 'Section',
    level: 'level', change: 'change', actual: 'result', target: 'target',
    empty: 'Paste the text of a report, or click “Load an example report”.',
    summary: (n, a, t, ms, shown) => {
      const p = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
      return `${p(n, 'indicator')}: ${p(a, 'result')}, ${p(t, 'target')}${shown < n ? ` (${shown} shown by the filter)` : ''}. Analysed in ${ms} ms.`;
    },
    working: 'Analysing…', confirmClear: 'Clear the pasted text? This cannot be undone.',
    binary: (f) => `“${f}” is not a text file and was not loaded. Choose a .txt file.`,
    loaded: (f, enc) => `Loaded “${f}” (${enc}).`, failed: (e) => `Analysis failed: ${e}`,
    restored: 'The text you pasted last time was restored.',
    quota: (n) => `The browser refused the space for this text (${n} million characters): it stays in this page but will not be restored after a reload. Free some disk space or allow this site to store data.`,
    storeFail: (n, e) => `The text could not be saved (${e}): it stays in this page but will not be restored after a reload.`,
    held: (n) => `A large text (${n} million characters): the box shows its beginning; the analysis, the source and the downloads use all of it. Clear to edit again.`,
    diagnostics: (n, ex) => `Note: ${n} figure${n === 1 ? '' : 's'} could not be read as indicators (${ex}).`, exportFail: (e) => `Export failed: ${e}`,
    find: 'Find in the source (or /regular expression/)', prev: 'Previous', next: 'Next', badPattern: (e) => `Invalid regular expression: ${e}`,
    loadedHtml: (f, enc) => `Loaded the web page “${f}” (${enc}): its visible text only.`, pastedHtml: 'Pasted from a web page: its visible text only.',
    loadedDocx: (f) => `Loaded the Word document “${f}”.`,
    loadedPdf: (f) => `Loaded the PDF “${f}” (its text layer).`,
    pdfNoText: (f) => `“${f}” has no text layer (it may be scanned images), so its text cannot be read. There is no OCR here: use a PDF with text, or convert it with OCR software first.`,
  },
};

/** The interface language, 'zh' or 'en' (a live binding: read it, set it with setLang). */
export let lang = localStorage.getItem(LANG) === 'en' ? 'en' : 'zh';

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'zh';
  localStorage.setItem(LANG, lang);
}

/** The word `k` in the current language; a function entry is called with `a`. */
export const t = (k, ...a) => {
  const v = I18N[lang][k] ?? SUMMARY_I18N[lang][k] ?? PANEL_I18N[lang][k];
  return typeof v === 'function' ? v(...a) : v;
};

/** Writes the static labels of the page in the current language. */
export function applyLabels() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.querySelector('#lang-zh').setAttribute('aria-pressed', String(lang === 'zh'));
  document.querySelector('#lang-en').setAttribute('aria-pressed', String(lang === 'en'));
}
