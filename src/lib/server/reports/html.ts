// The report as one standalone, printable HTML document (the print view Chromium turns into the PDF, also
// from the CLI where no Svelte page runs): the same model, headings h1–h3, real tables with header rows,
// figures as PNG with alt text and captions, print rules (page breaks before sections, figures unsplit).
import { translator } from '#lib/i18n/index.js';
import { heatmapPng, networkPng, wheelPng } from './figures.js';
import type { Block, Cell, ReportModel, TableBlock } from './model.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (c: Cell, locale: string) => esc(c === null ? '' : typeof c === 'number' ? c.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB') : c);
const paras = (text: string) =>
	text
		.split(/\n\s*\n/)
		.filter((p) => p.trim())
		.map((p) => `<p>${esc(p.trim())}</p>`)
		.join('');

function table(b: TableBlock, locale: string) {
	const head = `<thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
	const body = b.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${cell(c, locale)}</th>` : `<td>${cell(c, locale)}</td>`)).join('')}</tr>`).join('');
	return `<table><caption>${esc(b.caption)}</caption>${head}<tbody>${body}</tbody></table>`;
}

function block(b: Block, m: ReportModel, n: { figure: number }): string {
	const t = translator(m.locale);
	switch (b.kind) {
		case 'p':
			return paras(b.text);
		case 'h3':
			return `<h3>${esc(b.text)}</h3>`;
		case 'list': {
			const tag = b.ordered ? 'ol' : 'ul';
			return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
		}
		case 'table':
			return table(b, m.locale);
		case 'conclusion':
			return `<h3>${esc(b.heading)}</h3>${paras(b.text)}`;
		case 'figure': {
			n.figure += 1;
			const png = b.figure === 'heatmap' ? heatmapPng(m.charts.heatmap) : b.figure === 'wheel' ? wheelPng(m.charts.wheel) : networkPng(m.charts.network);
			const src = `data:image/png;base64,${Buffer.from(png.data).toString('base64')}`;
			return `<figure><img src="${src}" alt="${esc(b.alt)}" width="${png.width}" height="${png.height}"><figcaption>${esc(t('report.figure.caption', { number: n.figure, caption: b.caption }))}</figcaption></figure>${table(b.table, m.locale)}`;
		}
	}
}

const CSS = `body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;line-height:1.45;color:#1a1a1a;margin:0 auto;max-width:48rem;padding:1rem}
h1{font-size:22pt}h2{font-size:16pt;margin-top:2rem}h3{font-size:13pt}
table{border-collapse:collapse;width:100%;margin:0.5rem 0 1.25rem;font-size:9.5pt}caption{text-align:left;font-weight:bold;padding:0.25rem 0}
th,td{border:1px solid #888;padding:0.2rem 0.4rem;text-align:left;vertical-align:top}thead th{background:#eee}
figure{margin:1rem 0;break-inside:avoid}figure img{max-width:100%;height:auto}figcaption{font-style:italic}
@media print{body{max-width:none;padding:0}section.report-section{break-before:page}thead{display:table-header-group}tr,figure{break-inside:avoid}}`;

export function reportHtml(m: ReportModel): string {
	const t = translator(m.locale);
	const n = { figure: 0 };
	const sections = m.sections
		.map((s) => `<section class="report-section" aria-labelledby="s-${s.id}"><h2 id="s-${s.id}">${s.number}. ${esc(s.heading)}</h2>${s.intro ? paras(s.intro) : ''}${s.blocks.map((b) => block(b, m, n)).join('')}</section>`)
		.join('');
	const toc = `<nav aria-label="${esc(t('report.toc'))}"><h2>${esc(t('report.toc'))}</h2><ol>${m.sections.map((s) => `<li><a href="#s-${s.id}">${esc(s.heading)}</a></li>`).join('')}</ol></nav>`;
	return `<!doctype html><html lang="${m.locale === 'sv' ? 'sv' : 'en'}"><head><meta charset="utf-8"><title>${esc(m.title)}</title><style>${CSS}</style></head><body><main><h1>${esc(m.title)}</h1><p>${esc(m.subtitle)}</p>${toc}${sections}</main></body></html>`;
}
