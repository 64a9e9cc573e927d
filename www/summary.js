// The summary tabs: headline targets, target vs last result, sections and
// unit families, each a table with a chart where a picture reads faster,
// "copy as Markdown" and a CSV download. Text reaches the DOM through
// textContent only; charts are plain SVG.

const SVG = 'http://www.w3.org/2000/svg';

export const SUMMARY_I18N = {
  zh: {
    tab_list: '指标列表', tab_headline: '主要预期目标', tab_pairs: '目标与上年实绩', tab_sections: '按章节', tab_families: '按单位类别',
    copy_md: '复制为 Markdown', copied: '已复制 Markdown。', copy_failed: '无法写入剪贴板，已在下方文本框中选中。', csv: '下载此表 CSV',
    h_name: '名称', h_written: '原文', h_value: '数值', h_unit: '单位', h_cmp: '比较', h_measure: '类型',
    h_target: '今年目标', h_actual: '上年实绩', h_diff: '差值', h_ratio: '比值', h_match: '匹配',
    h_section: '章节', h_n_actual: '实绩数', h_n_target: '目标数', h_money: '金额合计',
    h_family: '类别', h_count: '个数', h_largest: '最大值',
    exact: '同名', near: '近似（请核对）', none: '无上年实绩',
    no_headline: '未找到“主要预期目标”段落。', no_pairs: '没有可对照的目标。',
    pair_rule: '配对规则：去掉括号内容、“等”之前的举例、“新增、建成、完成、改造提升、提质改造”等动词和“区级以上、省级”等限定语后比较名称；单位类别与类型（水平/变化）须一致。名称相同为“同名”，字符重合不少于七成为“近似”，近似配对请核对原文。',
    chart_growth: '主要预期目标中的增长率（%）', chart_sections: '各章节的实绩与目标个数',
    fam: { money: '金额', percent: '百分比', points: '百分点', count: '个数', area: '面积', length: '长度', mass: '质量', energy: '能源', volume: '体积', people: '人数', multiple: '倍数', rate: '单价/比率' },
  },
  en: {
    tab_list: 'All indicators', tab_headline: 'Headline targets', tab_pairs: 'Target vs last result', tab_sections: 'By section', tab_families: 'By unit family',
    copy_md: 'Copy as Markdown', copied: 'Markdown copied.', copy_failed: 'The clipboard is not available; the Markdown is selected below.', csv: 'Download this table (CSV)',
    h_name: 'Name', h_written: 'As written', h_value: 'Value', h_unit: 'Unit', h_cmp: 'Comparator', h_measure: 'Measure',
    h_target: 'Target', h_actual: 'Last result', h_diff: 'Difference', h_ratio: 'Ratio', h_match: 'Match',
    h_section: 'Section', h_n_actual: 'Results', h_n_target: 'Targets', h_money: 'Money stated',
    h_family: 'Family', h_count: 'Count', h_largest: 'Largest',
    exact: 'same name', near: 'near (check it)', none: 'no result found',
    no_headline: 'No main-targets passage was found.', no_pairs: 'No targets to compare.',
    pair_rule: 'Pairing rule: names are compared after dropping bracketed asides, the examples before 等, verbs such as 新增, 建成, 完成, 改造提升, 提质改造 and qualifiers such as 区级以上 or 省级; the unit family and the measure (level/change) must agree. The same name is a match; 70% or more shared characters is a near match, to be checked in the text.',
    chart_growth: 'Growth rates among the headline targets (%)', chart_sections: 'Results and targets per section',
    fam: { money: 'money', percent: 'percent', points: 'points', count: 'count', area: 'area', length: 'length', mass: 'mass', energy: 'energy', volume: 'volume', people: 'people', multiple: 'multiple', rate: 'rate' },
  },
};

// A summary table shows at most this many rows (a whole corpus pasted at
// once would make tens of thousands); the downloads hold them all.
const MAX_ROWS = 500;

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

/** A horizontal bar chart: rows of {label, values: [{v, cls}]}. */
function barChart(title, rows, legend) {
  const rowH = 22, labelW = 200, w = 640;
  const max = Math.max(1e-9, ...rows.flatMap((r) => r.values.map((x) => Math.abs(x.v))));
  const h = rows.length * rowH + 30;
  const svg = svgEl('svg', { viewBox: `0 0 ${w} ${h}`, width: '100%', role: 'img', 'aria-label': title, class: 'chart' });
  svg.appendChild(svgEl('title', {}, title));
  rows.forEach((r, i) => {
    const y = 20 + i * rowH;
    svg.appendChild(svgEl('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end', class: 'label' }, r.label.length > 16 ? `${r.label.slice(0, 15)}…` : r.label));
    const n = r.values.length;
    r.values.forEach((x, k) => {
      const bw = ((w - labelW - 60) * Math.abs(x.v)) / max;
      const bh = (rowH - 6) / n;
      svg.appendChild(svgEl('rect', { x: labelW, y: y + 2 + k * bh, width: Math.max(1, bw), height: bh - 1, class: `bar ${x.cls}` }));
      svg.appendChild(svgEl('text', { x: labelW + bw + 4, y: y + 2 + k * bh + bh - 2, class: 'value' }, fmt(x.v)));
    });
  });
  if (legend) {
    legend.forEach((l, k) => {
      svg.appendChild(svgEl('rect', { x: labelW + k * 90, y: 4, width: 10, height: 10, class: `bar ${l.cls}` }));
      svg.appendChild(svgEl('text', { x: labelW + k * 90 + 14, y: 13, class: 'label' }, l.label));
    });
  }
  return svg;
}

function table(headers, rows, onRow) {
  const t = el('table', { class: 'summary' });
  const thead = el('thead');
  const tr = el('tr');
  headers.forEach((h) => tr.appendChild(el('th', {}, h)));
  thead.appendChild(tr);
  t.appendChild(thead);
  const tb = el('tbody');
  const shown = rows.slice(0, MAX_ROWS);
  if (rows.length > MAX_ROWS) t.dataset.truncated = String(rows.length);
  shown.forEach((r) => {
    const row = el('tr');
    if (r.cls) row.className = r.cls;
    r.cells.forEach((c) => row.appendChild(el('td', typeof c === 'number' ? { class: 'num' } : {}, typeof c === 'number' ? fmt(c) : c ?? '')));
    if (r.ind && onRow) {
      row.tabIndex = 0;
      row.addEventListener('click', () => {
        for (const x of tb.querySelectorAll('tr.selected')) x.classList.remove('selected');
        row.classList.add('selected');
        onRow(r.ind);
      });
    }
    tb.appendChild(row);
  });
  t.appendChild(tb);
  if (rows.length > MAX_ROWS) {
    const wrap = el('div');
    wrap.append(t, el('p', { class: 'empty' }, `${MAX_ROWS} / ${rows.length}`));
    return wrap;
  }
  return t;
}

/**
 * Renders the four summary panels into their containers.
 * ctx: { lang, summary, onSelect(indicator), exportTable(table, format) -> Promise<string>, download(name, text, mime) }
 */
export function renderSummaries(ctx) {
  const L = SUMMARY_I18N[ctx.lang];
  const s = ctx.summary;
  const panels = {
    headline: document.getElementById('panel-headline'),
    pairs: document.getElementById('panel-pairs'),
    sections: document.getElementById('panel-sections'),
    families: document.getElementById('panel-families'),
  };
  for (const p of Object.values(panels)) p.replaceChildren();
  if (!s) return;

  const tools = (name) => {
    const bar = el('div', { class: 'toolbar' });
    const md = el('button', { type: 'button', id: `copy-md-${name}`, class: 'copy-md' }, L.copy_md);
    md.addEventListener('click', async () => {
      const text = await ctx.exportTable(name, 'md');
      const out = document.getElementById(`md-${name}`);
      out.value = text;
      out.hidden = false;
      try {
        await navigator.clipboard.writeText(text);
        md.dataset.copied = '1';
        md.textContent = L.copied;
      } catch {
        out.select();
        md.textContent = L.copy_failed;
      }
      setTimeout(() => { md.textContent = L.copy_md; }, 2500);
    });
    const csv = el('button', { type: 'button', id: `download-${name}-csv` }, L.csv);
    csv.addEventListener('click', async () => ctx.download(`${name}`, await ctx.exportTable(name, 'csv'), 'csv'));
    bar.append(md, csv);
    const area = el('textarea', { id: `md-${name}`, class: 'md-out', readonly: '', rows: '6' });
    area.hidden = true;
    return [bar, area];
  };

  // 1. headline targets
  {
    const p = panels.headline;
    p.append(...tools('headline_targets'));
    if (!s.headline_targets.length) p.appendChild(el('p', { class: 'empty' }, L.no_headline));
    else {
      const growth = s.headline_targets.filter((i) => i.unit === '%' && i.measure === 'change');
      if (growth.length) p.appendChild(barChart(L.chart_growth, growth.map((i) => ({ label: i.name, values: [{ v: i.value, cls: 'target' }] }))));
      p.appendChild(table([L.h_name, L.h_written, L.h_value, L.h_unit, L.h_cmp, L.h_measure],
        s.headline_targets.map((i) => ({ ind: i, cells: [i.name, i.display, i.value, i.unit, i.comparator, i.measure] })), ctx.onSelect));
    }
  }
  // 2. target vs last result
  {
    const p = panels.pairs;
    p.append(...tools('target_vs_actual'));
    p.appendChild(el('p', { class: 'rule' }, L.pair_rule));
    if (!s.target_vs_actual.length) p.appendChild(el('p', { class: 'empty' }, L.no_pairs));
    else {
      const rows = [...s.target_vs_actual].sort((a, b) => (a.match === 'none') - (b.match === 'none'));
      p.appendChild(table([L.h_name, L.h_target, L.h_actual, L.h_unit, L.h_diff, L.h_ratio, L.h_match],
        rows.map((x) => ({
          ind: x.target,
          cls: `match-${x.match}`,
          cells: [x.name, `${x.target.display}（${x.target.name}）`, x.actual ? `${x.actual.display}（${x.actual.name}）` : '', x.target.unit,
            x.difference ?? '', x.ratio ?? '', L[x.match]],
        })), ctx.onSelect));
    }
  }
  // 3. sections
  {
    const p = panels.sections;
    p.append(...tools('sections'));
    const secs = s.sections;
    if (secs.length) {
      p.appendChild(barChart(L.chart_sections, secs.map((x) => ({ label: x.section || '—', values: [{ v: x.actual, cls: 'actual' }, { v: x.target, cls: 'target' }] })),
        [{ label: L.h_n_actual, cls: 'actual' }, { label: L.h_n_target, cls: 'target' }]));
    }
    p.appendChild(table([L.h_section, L.h_n_actual, L.h_n_target, L.h_money],
      secs.map((x) => ({ cells: [x.section || '—', x.actual, x.target, x.money.map(([c, v]) => `${fmt(v)} ${c}`).join('; ')] }))));
  }
  // 4. unit families
  {
    const p = panels.families;
    p.append(...tools('unit_families'));
    p.appendChild(table([L.h_family, L.h_count, L.h_largest, L.h_value, L.h_unit],
      s.unit_families.map((f) => ({
        ind: f.largest,
        cells: [L.fam[f.family] || f.family, f.count, f.largest ? `${f.largest.display}（${f.largest.name}）` : '', f.largest?.value ?? '', f.largest?.unit ?? ''],
      })), ctx.onSelect));
  }
}
