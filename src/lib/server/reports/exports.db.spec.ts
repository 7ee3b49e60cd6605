// The exported files opened again: the DOCX unzipped (heading styles, TOC field, repeated header rows,
// images with alt text, the mapping's numbers, language), the XLSX read back with exceljs (sheets, numbers,
// dates, frozen header) and the CSV zip parsed (BOM, `;`, decimal comma, å/ä/ö, the formula guard).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { makeAnalysis, type AnalysisFixture } from '../../../../tests/helpers/analysis-fixtures.js';
import { getReport } from '../services/report.service.js';
import { csvBytes } from './cells.js';
import { reportDocx } from './docx.js';
import { reportCsvZip, reportXlsx } from './spreadsheets.js';

const db = await useTestDb();
let a: OrganisationFixture;
let am: AnalysisFixture;
const hostile = ['=HYPERLINK("http://x.example/?a")', '+1', '-2', '@SUM(A1)'];
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	am = await makeAnalysis(db, a);
	for (const [i, name] of hostile.entries()) {
		const w = await db
			.insertInto('workshop')
			.values({ organisation_id: a.organisation.id, cycle_id: am.cycleId, name, steps: ['relevans'], current_unit_id: a.units.ks.id, join_code: `KQRST${i + 2}`, seq: 0, created_at: new Date(`2026-03-0${i + 1}T09:00:00Z`) })
			.returning('id')
			.executeTakeFirstOrThrow();
		for (let p = 0; p <= i; p++) await db.insertInto('workshop_participant').values({ organisation_id: a.organisation.id, workshop_id: w.id, display_name: `Deltagare Hemlig ${i}${p}`, token_hash: `h${i}${p}` }).execute();
	}
});
const model = () => getReport(ctxOf(db, a.samordnare), a.organisation.id, am.cycleId, 'sv');

describe('DOCX', () => {
	it('has heading styles, a TOC field, repeated header rows, images with alt text, the numbers and sv-SE', async () => {
		const m = await model();
		const zip = await JSZip.loadAsync(await reportDocx(m));
		const doc = await zip.file('word/document.xml')!.async('string');
		// well-formed, and every table of the model there with all its rows (and its header row)
		const parser = new SaxesParser();
		let parseError: Error | null = null;
		parser.on('error', (e) => (parseError ??= e));
		parser.write(doc).close();
		expect(parseError).toBeNull();
		const tables = m.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'figure' ? [b.table] : [])));
		expect(doc.match(/<w:tbl>/g)).toHaveLength(tables.length);
		expect(doc.match(/<w:tr>/g)).toHaveLength(tables.reduce((n, t) => n + t.rows.length + 1, 0));
		expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(tables.length);
		expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
		expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
		expect(doc).toContain('<w:pStyle w:val="Heading3"/>');
		expect(doc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
		expect(doc).toContain('w:fldCharType="begin"');
		expect(doc).toContain('<w:tblHeader/>');
		const alts = [...doc.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
		expect(alts).toHaveLength(3);
		expect(alts[0]).toContain('Värmekarta');
		expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(3);
		expect(doc).toContain('1. Inledning och metod');
		expect(doc).toContain('Figur 1. Enheternas positiva bidrag per mål');
		expect(doc).toContain('Kommunstyrelsen');
		expect(doc).toContain('PAGE');
		expect(doc).not.toContain('Hemlig');
		const core = await zip.file('docProps/core.xml')!.async('string');
		expect(core).toContain('<dc:title>Nulägesanalys Agenda 2030 – Alfa kommun</dc:title>');
		expect(core).toContain('<dc:language>sv-SE</dc:language>');
		expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="sv-SE"');
		const footer = Object.keys(zip.files).find((f) => f.startsWith('word/footer'))!;
		expect(await zip.file(footer)!.async('string')).toContain('PAGE');
	});
});

describe('XLSX', () => {
	it('one sheet per view, real numbers and dates, frozen header, widths, guarded text', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await reportXlsx(await model())) as unknown as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Kartläggning', 'Bidrag', 'Relevans', 'Fynd', 'Samspel', 'Indikatorer', 'Workshoppar']);
		const bidrag = wb.getWorksheet('Bidrag')!;
		expect(bidrag.getRow(1).getCell(1).value).toBe('Enhet');
		const strengths = bidrag.getColumn(5).values.slice(2);
		expect(strengths.every((v) => typeof v === 'number')).toBe(true);
		expect(bidrag.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(bidrag.getColumn(1).width).toBeGreaterThanOrEqual(12);
		const ws = wb.getWorksheet('Workshoppar')!;
		expect(ws.getRow(2).getCell(2).value).toBeInstanceOf(Date);
		expect(ws.getRow(2).getCell(3).value).toBe(1);
		expect(ws.getColumn(1).values.slice(2)).toEqual(hostile.map((h) => `'${h}`));
	});
});

describe('CSV', () => {
	it('a zip of one file per view: BOM, `;`, Swedish characters, the formula guard', async () => {
		const zip = await JSZip.loadAsync(await reportCsvZip(await model()));
		expect(Object.keys(zip.files).sort()).toEqual(['bidrag.csv', 'fynd.csv', 'indikatorer.csv', 'kartlaggning.csv', 'relevans.csv', 'samspel.csv', 'workshoppar.csv']);
		const bytes = await zip.file('bidrag.csv')!.async('uint8array');
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const bidrag = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(bidrag.split('\r\n')[0]).toBe('\uFEFFEnhet;Aktivitet;Delmål;Riktning;Styrka;Direkt/indirekt;Indikator');
		expect(bidrag).toContain('Socialnämnden;Hemtjänst;3.8;bidrar;2;direkt;');
		const ws = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await zip.file('workshoppar.csv')!.async('uint8array'));
		expect(ws.split('\r\n').slice(1, 5)).toEqual([`"'=HYPERLINK(""http://x.example/?a"")";2026-03-01 10:00;1`, "'+1;2026-03-02 10:00;2", "'-2;2026-03-03 10:00;3", "'@SUM(A1);2026-03-04 10:00;4"]);
	});

	it('writes decimals with a comma, negative numbers plainly, and defuses a tab or CR start', () => {
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes(['Värde', 'Text'], [[-1.25, '\tx'], [3, '\ry']]));
		expect(text).toBe('\uFEFFVärde;Text\r\n-1,25;\'\tx\r\n3;"\'\ry"\r\n');
	});
});
