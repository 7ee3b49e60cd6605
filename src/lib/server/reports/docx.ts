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
	TableOfContents,
	TextRun
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { translator } from '#lib/i18n/index.js';
import { heatmapPng, networkPng, wheelPng, type Png } from './figures.js';
import type { Block, ReportModel, TableBlock } from './model.js';
import { tableMarker, withTables } from './docx-tables.js';

/**
 * A table's place in the document: the caption, then a marker paragraph that `withTables` swaps for the
 * table's WordprocessingML. The annexes hold every unit's mapping in full (100,000 rows in a large
 * municipality); as `docx` objects they took ~10 s to write, as text they take well under one.
 */
function table(b: TableBlock, tables: TableBlock[]): Paragraph[] {
	tables.push(b);
	return [
		new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(b.caption)] }),
		new Paragraph({ children: [new TextRun(tableMarker(tables.length - 1))] })
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

function blocks(list: readonly Block[], model: ReportModel, figureNo: { n: number }, tables: TableBlock[]): Paragraph[] {
	const t = translator(model.locale);
	const out: Paragraph[] = [];
	for (const b of list) {
		if (b.kind === 'p') out.push(...paragraphs(b.text));
		else if (b.kind === 'h3') out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(b.text)] }));
		else if (b.kind === 'list') out.push(...b.items.map((item) => new Paragraph({ numbering: { reference: b.ordered ? 'ordered' : 'bullets', level: 0 }, children: [new TextRun(item)] })));
		else if (b.kind === 'table') out.push(...table(b, tables));
		else if (b.kind === 'conclusion') out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.heading)] }), ...paragraphs(b.text));
		else {
			figureNo.n += 1;
			const png = b.figure === 'heatmap' ? heatmapPng(model.charts.heatmap) : b.figure === 'wheel' ? wheelPng(model.charts.wheel) : networkPng(model.charts.network);
			const caption = t('report.figure.caption', { number: figureNo.n, caption: b.caption });
			out.push(...figure(png, b.alt, caption, b.caption), ...table(b.table, tables));
		}
	}
	return out;
}

export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
	const t = translator(model.locale);
	const figureNo = { n: 0 };
	const tables: TableBlock[] = [];
	const body: (Paragraph | TableOfContents)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
		new Paragraph({ children: [new TextRun(model.subtitle)] }),
		// not a heading itself, so the table of contents does not list itself
		new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: t('report.toc'), bold: true, size: 32 })] }),
		new TableOfContents(t('report.toc'), { hyperlink: true, headingStyleRange: '1-3' })
	];
	for (const s of model.sections) {
		body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(`${s.number}. ${s.heading}`)] }));
		if (s.intro) body.push(...paragraphs(s.intro));
		body.push(...blocks(s.blocks, model, figureNo, tables));
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
	return finish(await Packer.toBuffer(doc), tables, model.locale);
}

/**
 * The package's file completed: the tables put in their places, and dc:language added to the core
 * properties (the docx package writes none) so readers see the document's language.
 */
async function finish(bytes: Uint8Array, tables: readonly TableBlock[], locale: 'sv' | 'en'): Promise<Uint8Array> {
	const language = locale === 'sv' ? 'sv-SE' : 'en-GB';
	const files = unzipSync(bytes);
	const core = strFromU8(files['docProps/core.xml']!);
	if (!core.includes('<dc:language>')) files['docProps/core.xml'] = strToU8(core.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
	files['word/document.xml'] = strToU8(withTables(strFromU8(files['word/document.xml']!), tables, locale));
	// level 1: the annexes' XML is large and repetitive; the strongest level took seconds for a few per cent
	return zipSync(files, { level: 1 });
}
