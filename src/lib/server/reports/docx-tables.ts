// The report's tables as WordprocessingML text, for docx.ts: full width with single borders, the header
// row bold and repeated on every page (w:tblHeader), rows not split across pages, numbers right-aligned.
// Written as text rather than `docx` objects because the annexes can hold a hundred thousand rows.
import type { Cell, TableBlock } from './model.js';

const MARKER = '@@malkarta-table-';
/** The text of the paragraph that stands where table `i` goes until `withTables` puts it there. */
export const tableMarker = (i: number) => `${MARKER}${i}@@`;
const markerParagraph = /<w:p><w:r><w:t xml:space="preserve">@@malkarta-table-(\d+)@@<\/w:t><\/w:r><\/w:p>/g;

// A4 less the default margins, in twentieths of a point
const TEXT_WIDTH = 9026;
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('');

const SPECIAL = /[&<>"]/;
const escapeXml = (s: string) => (SPECIAL.test(s) ? s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')) : s);

// the grid gives the columns their widths, so the cells need no properties of their own
const cell = (text: string, opts: { bold?: boolean; right?: boolean } = {}) =>
	`<w:tc><w:p>${opts.right ? '<w:pPr><w:jc w:val="right"/></w:pPr>' : ''}<w:r>${opts.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;

export function tableXml(b: TableBlock, locale: 'sv' | 'en'): string {
	const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });
	// small whole numbers (most cells) read the same in every locale: Intl only where grouping or decimals differ
	const text = (c: Cell) => (c === null ? '' : typeof c === 'number' ? (Number.isInteger(c) && c >= 0 && c < 1000 ? String(c) : number.format(c)) : c);
	const columns = Math.max(1, b.header.length);
	const width = Math.floor(TEXT_WIDTH / columns);
	const out: string[] = [
		`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`,
		`<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`,
		`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.header.map((h) => cell(h, { bold: true })).join('')}</w:tr>`
	];
	for (const row of b.rows) {
		let tr = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
		for (const c of row) tr += cell(text(c), { right: typeof c === 'number' });
		out.push(tr + '</w:tr>');
	}
	out.push('</w:tbl>');
	return out.join('');
}

/** The document's XML with every marker paragraph replaced by its table. */
export function withTables(documentXml: string, tables: readonly TableBlock[], locale: 'sv' | 'en'): string {
	const done = documentXml.replace(markerParagraph, (_, i: string) => tableXml(tables[Number(i)]!, locale));
	// a marker the docx package wrote in another shape would leave a table out: fail loudly instead
	if (done.includes(MARKER)) throw new Error('docx: a table marker was not replaced');
	return done;
}
