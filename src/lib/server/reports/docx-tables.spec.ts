// The report's tables written as WordprocessingML text: well-formed, escaped, the header row repeated,
// as many grid columns as cells, numbers in the locale's form, and every marker replaced.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { tableMarker, tableXml, withTables } from './docx-tables.js';
import type { TableBlock } from './model.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** Parses XML strictly (throws on the first error) and counts the elements by name. */
function parse(xml: string): Record<string, number> {
	const counts: Record<string, number> = {};
	const p = new SaxesParser({ xmlns: true });
	p.on('error', (e) => {
		throw e;
	});
	p.on('opentag', (t) => (counts[t.name] = (counts[t.name] ?? 0) + 1));
	p.write(xml).close();
	return counts;
}

const block: TableBlock = {
	kind: 'table',
	id: 't',
	caption: 'Bidrag',
	header: ['Aktivitet', 'Delmål', 'Styrka'],
	rows: [
		['Skola & <fritid> "för alla"', '4.1', 1234.5],
		['Hemtjänst', '3.8', 2],
		[null, '', -3]
	]
};

describe('tableXml', () => {
	it('is well-formed, escapes text, repeats the header and has a grid column per cell', () => {
		const xml = tableXml(block, 'sv');
		const counts = parse(`<w:body ${W}>${xml}</w:body>`);
		expect(counts['w:tbl']).toBe(1);
		expect(counts['w:gridCol']).toBe(3);
		expect(counts['w:tr']).toBe(4);
		expect(counts['w:tc']).toBe(12);
		expect(counts['w:tblHeader']).toBe(1);
		expect(counts['w:cantSplit']).toBe(4);
		expect(xml).toContain('Skola &amp; &lt;fritid&gt; &quot;för alla&quot;');
		// grouping by a no-break space and a decimal comma in Swedish; the minus is the locale's
		expect(xml).toMatch(/1\u00a0234,5/);
		expect(xml).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">2<\/w:t>/);
		expect(tableXml(block, 'en')).toContain('1,234.5');
	});

	it('puts each table in place of its marker paragraph and refuses a marker left behind', () => {
		const doc = `<w:p><w:r><w:t xml:space="preserve">${tableMarker(0)}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p>`;
		const done = withTables(doc, [block], 'sv');
		expect(done.startsWith('<w:tbl>')).toBe(true);
		expect(done).not.toContain('@@');
		expect(() => withTables(`<w:p><w:pPr/><w:r><w:t>${tableMarker(0)}</w:t></w:r></w:p>`, [block], 'sv')).toThrow(/marker/);
	});
});
