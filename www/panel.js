// Many reports at once (issue 12): the list of reports, each removable; the
// 目标兑现 / Promises tab with table#promises and a chart of targets and
// results per concept over the years; the panel's downloads. The worker
// computes everything (Rust via wasm); this module only shows it. Report
// text reaches the DOM through textContent only.

import { t, lang } from './i18n.js';
import { $, state } from './state.js';

const SVG = 'http://www.w3.org/2000/svg';

export const PANEL_I18N = {
  zh: {
    tab_promises: '目标兑现', reports_h: '已载入的报告', remove: '移除',
    c_source: '来源', c_concept: '概念',
    p_government: '政府', p_year: '年份', p_indicator: '指标', p_target: '目标', p_actual: '实绩', p_margin: '差距', p_status: '兑现',
    met: '完成', missed: '未完成', unclear: '难以判断',
    no_promises: '没有可比对的目标：需要同一政府相邻年份的报告（前一年的目标，后一年的实绩）。',
    unnamed: (n) => `${n} 份报告未写明是哪一级政府的报告，其目标不参与比对。`,
    duplicate: '重复（同一政府同一年份）',
    tolerance: (pp, share) => `规则：“左右”“约”的目标允许 ±${pp} 个百分点（百分比目标）或 ±${share}%（其他单位）的误差；“以上”“不低于”为下限，“以内”“不超过”为上限，未写明时按指标性质（增长类为下限，价格、失业率为上限，能耗强度为降幅）；区间目标按宽松一端判断；“年均”“累计”的数字不作为当年实绩；年末数与全年目标不比较。`,
    chart_promises: (c) => `${c}：目标（空心）与实绩（实心）`,
    promises_csv: '下载目标兑现表 CSV', panel_summary: (n, r, p) => `${r} 份报告，共 ${n} 个指标，${p} 项目标可比对。`,
    level_national: '国家', level_province: '省级', level_city: '市级', level_county: '县级', level_district: '区级', level_sar: '特别行政区', level_state: '州', level_other: '其他',
    doc_work_report: '政府工作报告', doc_budget: '预算报告', doc_statistics: '统计公报', doc_plan: '计划报告', doc_other: '其他',
    no_gov: '（未写明政府）', n_ind: (n) => `${n} 个指标`,
    note_none: '没有指标：可能不是报告', note_nogov: '未写明政府：不参与比对',
    added: (n) => `已载入 ${n} 份报告。`,
  },
  en: {
    tab_promises: 'Promises', reports_h: 'Reports loaded', remove: 'Remove',
    c_source: 'Source', c_concept: 'Concept',
    p_government: 'Government', p_year: 'Year', p_indicator: 'Indicator', p_target: 'Target', p_actual: 'Result', p_margin: 'Margin', p_status: 'Kept?',
    met: 'met', missed: 'missed', unclear: 'unclear',
    no_promises: 'No targets to check: this needs reports of one government from consecutive years (the targets of one, the results of the next).',
    unnamed: (n) => `${n} report${n === 1 ? ' does' : 's do'} not say which government wrote ${n === 1 ? 'it' : 'them'}; their targets are not paired.`,
    duplicate: 'duplicate (same government and year)',
    tolerance: (pp, share) => `Rules: a target with 左右 / about is met within ±${pp} percentage points (targets in %) or ±${share}% (other units); 以上 / at least is a floor, 以内 / at most a ceiling; otherwise the indicator decides (growth a floor, prices and unemployment a ceiling, energy intensity a fall); a range is judged at its lenient end; 年均 averages and 累计 totals are not a year's result; a year-end figure is not compared with a target for the year.`,
    chart_promises: (c) => `${c}: targets (hollow) and results (filled)`,
    promises_csv: 'Download the promises (CSV)', panel_summary: (n, r, p) => `${r} reports, ${n} indicators, ${p} targets checked.`,
    level_national: 'national', level_province: 'province', level_city: 'city', level_county: 'county', level_district: 'district', level_sar: 'SAR', level_state: 'state', level_other: 'other',
    doc_work_report: 'work report', doc_budget: 'budget', doc_statistics: 'statistics', doc_plan: 'plan', doc_other: 'other',
    no_gov: '(no government named)', n_ind: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
    note_none: 'no indicators: perhaps not a report', note_nogov: 'names no government: not paired',
    added: (n) => `${n} reports loaded.`,
  },
};

const fmt = (v) => (v === null || v === undefined ? '' : Number.isInteger(v) ? String(v) : String(+v.toPrecision(6)));

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function svgEl(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Whether the page holds several reports. */
export const isPanel = () => state.reports.length > 1;

/** The panel's report `i` as one line: government, level, year, document, count. */
function describe(r) {
  const parts = [r.government ?? t('no_gov')];
  if (r.level) parts.push(t(`level_${r.level}`));
  if (r.report_year) parts.push(String(r.report_year));
  if (r.document) parts.push(t(`doc_${r.document}`));
  parts.push(t('n_ind', r.indicators));
  return parts.join(' · ');
}

/** The list of reports, each with its remove button; `onPick(i)` shows one, `onRemove(i)` drops it. */
export function renderReports(onPick, onRemove) {
  const box = $('#reports');
  const list = box.querySelector('ul');
  list.replaceChildren();
  box.hidden = !isPanel();
  if (!isPanel() || !state.panel) return;
  state.panel.reports.forEach((r, i) => {
    const li = el('li', { 'data-index': i, 'data-government': r.government ?? '', class: i === state.current ? 'current' : '' });
    const name = el('button', { type: 'button', class: 'pick' }, state.reports[i].name);
    name.addEventListener('click', () => onPick(i));
    li.append(name, el('span', { class: 'meta' }, describe(r)));
    if (r.duplicate) li.append(el('span', { class: 'note' }, t('duplicate')));
    if (r.note) li.append(el('span', { class: 'note' }, r.indicators === 0 ? t('note_none') : t('note_nogov')));
    const rm = el('button', { type: 'button', class: 'remove', 'aria-label': `${t('remove')} ${state.reports[i].name}` }, '×');
    rm.addEventListener('click', () => onRemove(i));
    li.append(rm);
    list.append(li);
  });
}

/** A chart per concept: the target (its compared end) and the result of each year. */
function chart(concept, promises) {
  const years = [...new Set(promises.map((p) => p.year))].sort((a, b) => a - b);
  const govs = [...new Set(promises.map((p) => p.government))];
  const w = 640, rowH = 18, top = 24, h = top + govs.length * 0 + 150, left = 60, right = 20;
  const vals = promises.flatMap((p) => [p.target.value, p.actual.value]);
  const lo = Math.min(0, ...vals), hi = Math.max(...vals, 1e-9);
  const x = (y) => left + (years.length === 1 ? (w - left - right) / 2 : ((y - years[0]) / (years[years.length - 1] - years[0])) * (w - left - right));
  const yv = (v) => top + (1 - (v - lo) / (hi - lo || 1)) * (h - top - rowH * 2);
  const svg = svgEl('svg', { class: 'chart promises-chart', viewBox: `0 0 ${w} ${h}`, role: 'img', 'data-concept': concept });
  svg.append(svgEl('text', { x: 0, y: 14, class: 'label' }, t('chart_promises', concept)));
  svg.append(svgEl('line', { x1: left, x2: w - right, y1: yv(0), y2: yv(0), class: 'axis' }));
  for (const y of years) svg.append(svgEl('text', { x: x(y), y: h - 4, class: 'value', 'text-anchor': 'middle' }, String(y)));
  for (const v of [lo, hi]) svg.append(svgEl('text', { x: left - 6, y: yv(v) + 4, class: 'value', 'text-anchor': 'end' }, fmt(v)));
  govs.forEach((g, k) => {
    const mine = promises.filter((p) => p.government === g).sort((a, b) => a.year - b.year);
    const line = (pick) => mine.map((p) => `${x(p.year)},${yv(pick(p))}`).join(' ');
    svg.append(svgEl('polyline', { points: line((p) => p.target.value), class: `series target s${k % 6}` }));
    svg.append(svgEl('polyline', { points: line((p) => p.actual.value), class: `series actual s${k % 6}` }));
    for (const p of mine) {
      svg.append(svgEl('circle', { cx: x(p.year), cy: yv(p.target.value), r: 4, class: `dot target s${k % 6}` }));
      svg.append(svgEl('circle', { cx: x(p.year), cy: yv(p.actual.value), r: 4, class: `dot actual s${k % 6} ${p.status}` }));
    }
    if (govs.length > 1) svg.append(svgEl('text', { x: w - right, y: top + 12 * k, class: `value s${k % 6}`, 'text-anchor': 'end' }, g));
  });
  return svg;
}

/** The Promises tab; `onSide(report, start)` opens a side's sentence. */
export function renderPromises(onSide, onDownload) {
  const box = $('#panel-promises');
  box.replaceChildren();
  const p = state.panel;
  if (!p) return;
  box.append(el('p', { class: 'rule', id: 'tolerance' }, t('tolerance', p.tolerance_points, Math.round(p.tolerance_share * 100))));
  const unnamed = p.reports.filter((r) => !r.government && r.indicators > 0).length;
  if (unnamed) box.append(el('p', { class: 'note', id: 'unnamed' }, t('unnamed', unnamed)));
  const dl = el('button', { type: 'button', id: 'download-promises' }, t('promises_csv'));
  dl.addEventListener('click', onDownload);
  box.append(dl);
  if (!p.promises.length) { box.append(el('p', { class: 'empty' }, t('no_promises'))); }
  const table = el('table', { id: 'promises', class: 'summary', 'data-count': p.promises.length });
  const head = el('tr');
  for (const k of ['p_government', 'p_year', 'p_indicator', 'p_target', 'p_actual', 'p_margin', 'p_status']) head.append(el('th', {}, t(k)));
  table.append(el('thead'), el('tbody'));
  table.tHead.append(head);
  for (const x of p.promises) {
    const tr = el('tr', {
      'data-concept': x.concept ?? '', 'data-year': x.year, 'data-status': x.status, 'data-government': x.government,
      'data-source': x.target.source ?? '', class: `status-${x.status}${x.duplicate ? ' duplicate' : ''}`,
    });
    const side = (s, cls) => {
      const td = el('td', { class: `side ${cls}`, tabindex: '0', title: s.source ?? '' }, `${s.display}${s.report_year ? `（${s.report_year}）` : ''}`);
      td.addEventListener('click', () => onSide(s.report, s.start));
      return td;
    };
    tr.append(el('td', {}, x.government), el('td', { class: 'num' }, String(x.year)),
      el('td', {}, x.concept ? `${x.name}（${x.concept}）` : x.name), side(x.target, 'target'), side(x.actual, 'actual'),
      el('td', { class: 'num' }, x.margin === null ? '' : `${x.margin > 0 ? '+' : ''}${fmt(x.margin)}${x.unit === '%' ? (lang === 'zh' ? ' 个百分点' : ' pp') : ` ${x.unit}`}`));
    const st = el('td', { class: `status ${x.status}`, title: x.note ?? '' }, t(x.status));
    tr.append(st);
    table.tBodies[0].append(tr);
  }
  box.append(table);
  // a chart per concept, for the figures in % (the units of one chart agree)
  const byConcept = new Map();
  for (const x of p.promises) {
    if (!x.concept || x.unit !== '%') continue;
    const k = `${x.concept} ${x.measure}`;
    if (!byConcept.has(k)) byConcept.set(k, []);
    byConcept.get(k).push(x);
  }
  for (const [k, list] of byConcept) box.append(chart(k.split(' ')[0], list));
}
