// The report as DOCX with the `docx` package: Heading 1–3 styles (Word's navigation and table of contents
// work), a TOC field, title and language sv-SE in the properties, tables whose header row repeats on each
// page, figures as PNG with alt text and a caption, page numbers in the footer.
import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	ImageRun,
	LevelFormat,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import JSZip from 'jszip';
import { translator } from '#lib/i18n/index.js';
import { heatmapPng, networkPng, wheelPng, type Png } from './figures.js';
import type { Block, Cell, ReportModel, TableBlock } from './model.js';

const cellText = (c: Cell, locale: 'sv' | 'en') => (c === null ? '' : typeof c === 'number' ? c.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB') : c);

function table(b: TableBlock, locale: 'sv' | 'en'): (Paragraph | Table)[] {
	const row = (cells: readonly Cell[], header: boolean) =>
		new TableRow({
			tableHeader: header,
			cantSplit: true,
			children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cellText(c, locale), bold: header })] })] }))
		});
	return [
		new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(b.caption)] }),
		new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))] })
	];
}

/** Paragraphs of a text a person wrote: one per blank-line-separated paragraph. */
const paragraphs = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => new Paragraph({ children: [new TextRun(p)] }));

function figure(png: Png, alt: string, caption: string, title: string): Paragraph[] {
	const width = Math.min(600, png.width);
	const height = Math.round((png.height * width) / png.width);
	return [
		new Paragraph({
			keepNext: true,
			alignment: AlignmentType.CENTER,
			children: [new ImageRun({ type: 'png', data: png.data, transformation: { width, height }, altText: { name: title, title, description: alt } })]
		}),
		new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })
	];
}

function blocks(list: readonly Block[], model: ReportModel, figureNo: { n: number }): (Paragraph | Table)[] {
	const t = translator(model.locale);
	const out: (Paragraph | Table)[] = [];
	for (const b of list) {
		if (b.kind === 'p') out.push(...paragraphs(b.text));
		else if (b.kind === 'h3') out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(b.text)] }));
		else if (b.kind === 'list') out.push(...b.items.map((item) => new Paragraph({ numbering: { reference: b.ordered ? 'ordered' : 'bullets', level: 0 }, children: [new TextRun(item)] })));
		else if (b.kind === 'table') out.push(...table(b, model.locale));
		else if (b.kind === 'conclusion') out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.heading)] }), ...paragraphs(b.text));
		else {
			figureNo.n += 1;
			const png = b.figure === 'heatmap' ? heatmapPng(model.charts.heatmap) : b.figure === 'wheel' ? wheelPng(model.charts.wheel) : networkPng(model.charts.network);
			const caption = t('report.figure.caption', { number: figureNo.n, caption: b.caption });
			out.push(...figure(png, b.alt, caption, b.caption), ...table(b.table, model.locale));
		}
	}
	return out;
}

export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
	const t = translator(model.locale);
	const figureNo = { n: 0 };
	const body: (Paragraph | Table | TableOfContents)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
		new Paragraph({ children: [new TextRun(model.subtitle)] }),
		// not a heading itself, so the table of contents does not list itself
		new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: t('report.toc'), bold: true, size: 32 })] }),
		new TableOfContents(t('report.toc'), { hyperlink: true, headingStyleRange: '1-3' })
	];
	for (const s of model.sections) {
		body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(`${s.number}. ${s.heading}`)] }));
		if (s.intro) body.push(...paragraphs(s.intro));
		body.push(...blocks(s.blocks, model, figureNo));
	}
	const doc = new Document({
		title: model.title,
		subject: model.subtitle,
		creator: model.organisation,
		description: model.subtitle,
		features: { updateFields: true },
		styles: { default: { document: { run: { language: { value: model.locale === 'sv' ? 'sv-SE' : 'en-GB' }, font: 'Calibri', size: 22 } } } },
		numbering: {
			config: [
				{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
				{ reference: 'ordered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }
			]
		},
		sections: [
			{
				footers: {
					default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [t('report.page'), ' ', PageNumber.CURRENT, ' ', t('report.pageOf'), ' ', PageNumber.TOTAL_PAGES] })] })] })
				},
				children: body
			}
		]
	});
	return withLanguage(await Packer.toBuffer(doc), model.locale === 'sv' ? 'sv-SE' : 'en-GB');
}

/** The docx package writes no dc:language in the core properties: added here so readers see the language. */
async function withLanguage(bytes: Uint8Array, language: string): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(bytes);
	const core = await zip.file('docProps/core.xml')?.async('string');
	if (core && !core.includes('<dc:language>')) zip.file('docProps/core.xml', core.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
