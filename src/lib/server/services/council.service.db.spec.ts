// The council's items against a real database: opening an item from a finding of the analysis (idempotent,
// unknown keys 404), status and recommendation with optimistic concurrency (409 with what is stored now),
// comments, the list's counts and filter, the export's columns and encoding, and the audit trail.
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, makeUser, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import * as memberships from '../repositories/membership.repository.js';
import { listAuditEvents } from '../repositories/audit.repository.js';
import { createActivity, createContribution } from './activity.service.js';
import { createCycle } from './cycle.service.js';
import { ConflictError } from './conflict.js';
import { addComment, exportItems, getItem, listItems, openItem, setRecommendation, setStatus } from './council.service.js';

const db = await useTestDb();
let f: OrganisationFixture;
let rad: Awaited<ReturnType<typeof makeUser>>;
let cycleId: string;
let activityId: string;
let conflictKey: string;
const org = () => f.organisation.id;
const as = (user: { id: string }) => ctxOf(db, user);

beforeEach(async () => {
	f = await makeOrganisation(db, 'Alfa');
	rad = await makeUser(db, 'rad@alfa.example.se', { displayName: 'Rut Rådsledamot' });
	await memberships.upsertMembership(db, org(), rad.id, 'rådsledamot');
	const ctx = as(f.samordnare);
	cycleId = (await createCycle(ctx, org(), { name: 'Kartläggning 2025', year: 2025, copy: false })).id;
	const activity = await createActivity(ctx, org(), cycleId, f.units.sn.id, { name: 'Verksamhetsmark norr', description: null, owner: null });
	activityId = activity.id;
	const link = { strength: 2 as const, directness: 'direkt' as const, motivation: null, indicator: null };
	await createContribution(ctx, org(), cycleId, f.units.sn.id, activityId, { targetCode: '8.3', direction: 'bidrar', ...link });
	await createContribution(ctx, org(), cycleId, f.units.sn.id, activityId, { targetCode: '15.1', direction: 'motverkar', ...link });
	conflictKey = `conflict:activity:${activityId}`;
});

describe('openItem', () => {
	it('opens a målkonflikt from the analysis once; a second call gives the same item', async () => {
		const first = await openItem(as(rad), org(), cycleId, conflictKey);
		const second = await openItem(as(f.samordnare), org(), cycleId, conflictKey);
		expect(first.created).toBe(true);
		expect(second).toEqual({ id: first.id, created: false });
		const { items } = await listItems(as(rad), org(), cycleId);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id: first.id, kind: 'målkonflikt', status: 'ny', targetCodes: ['8.3', '15.1'], units: ['Socialnämnden'] });
		expect(items[0]!.title).toBe('Socialnämndens aktivitet ”Verksamhetsmark norr” bidrar till 8.3 men motverkar 15.1.');
	});

	it('opens a gap as a lucka', async () => {
		const { id } = await openItem(as(rad), org(), cycleId, 'gap:onlyNegative:15.1');
		const { item } = await getItem(as(rad), org(), cycleId, id);
		expect(item.kind).toBe('lucka');
	});

	it('refuses a key the analysis does not give (404) and opens nothing', async () => {
		expect((await serviceError(openItem(as(rad), org(), cycleId, 'conflict:activity:nothing'))).status).toBe(404);
		expect((await listItems(as(rad), org(), cycleId)).counts.total).toBe(0);
	});

	it('is the council’s work: a läsare is refused (403)', async () => {
		expect((await serviceError(openItem(as(f.lasare), org(), cycleId, conflictKey))).status).toBe(403);
	});
});

describe('an item', () => {
	let itemId: string;
	beforeEach(async () => {
		itemId = (await openItem(as(rad), org(), cycleId, conflictKey)).id;
	});

	it('shows the inputs behind it by name', async () => {
		const d = await getItem(as(f.lasare), org(), cycleId, itemId);
		expect(d.units).toEqual([{ id: f.units.sn.id, name: 'Socialnämnden' }]);
		expect(d.activities).toEqual([{ id: activityId, name: 'Verksamhetsmark norr', unitId: f.units.sn.id, unitName: 'Socialnämnden' }]);
		expect(d.targetCodes).toEqual(['8.3', '15.1']);
		expect(d.canWork).toBe(false);
		expect((await getItem(as(rad), org(), cycleId, itemId)).canWork).toBe(true);
	});

	it('changes status against the version shown, and refuses a stale one with what is stored now (409)', async () => {
		expect(await setStatus(as(rad), org(), cycleId, itemId, { status: 'under_beredning', version: 1 })).toEqual({ changed: true });
		const e = await serviceError(setStatus(as(f.samordnare), org(), cycleId, itemId, { status: 'hanterad', version: 1 }));
		expect(e).toBeInstanceOf(ConflictError);
		expect(e.status).toBe(409);
		expect(e.messageKey).toBe('council.error.conflict');
		const [stored] = (e as ConflictError).items;
		expect(stored).toMatchObject({ by: 'Rut Rådsledamot', version: 2, fields: [{ value: 'under_beredning', valueKey: 'council.status.under_beredning' }] });
		const { item } = await getItem(as(rad), org(), cycleId, itemId);
		expect(item).toMatchObject({ status: 'under_beredning', version: 2, changedBy: 'Rut Rådsledamot' });
		expect(await setStatus(as(rad), org(), cycleId, itemId, { status: 'under_beredning', version: 1 })).toEqual({ changed: false });
	});

	it('keeps the recommendation safe from a stale edit (409) and saves a current one', async () => {
		await setRecommendation(as(rad), org(), cycleId, itemId, { recommendation: 'Pröva kompensationsåtgärder.', version: 1 });
		const e = await serviceError(setRecommendation(as(f.samordnare), org(), cycleId, itemId, { recommendation: 'Annat råd.', version: 1 }));
		expect(e.status).toBe(409);
		expect((e as ConflictError).items[0]!.fields[0]!.value).toBe('Pröva kompensationsåtgärder.');
		await setRecommendation(as(f.samordnare), org(), cycleId, itemId, { recommendation: 'Annat råd.', version: 2 });
		expect((await getItem(as(rad), org(), cycleId, itemId)).item).toMatchObject({ recommendation: 'Annat råd.', version: 3, changedBy: f.samordnare.displayName });
	});

	it('takes comments in order with their authors; empty or over 4000 characters is refused (400)', async () => {
		await addComment(as(rad), org(), cycleId, itemId, { text: 'Kan planen peka ut ersättningsmark?' });
		await addComment(as(f.samordnare), org(), cycleId, itemId, { text: 'Jag tar det med förvaltningen.' });
		expect((await serviceError(addComment(as(rad), org(), cycleId, itemId, { text: '   ' }))).status).toBe(400);
		expect((await serviceError(addComment(as(rad), org(), cycleId, itemId, { text: 'x'.repeat(4001) }))).status).toBe(400);
		expect((await serviceError(addComment(as(f.lasare), org(), cycleId, itemId, { text: 'Hej' }))).status).toBe(403);
		const d = await getItem(as(f.lasare), org(), cycleId, itemId);
		expect(d.comments.map((c) => [c.author, c.text])).toEqual([
			['Rut Rådsledamot', 'Kan planen peka ut ersättningsmark?'],
			[f.samordnare.displayName, 'Jag tar det med förvaltningen.']
		]);
		expect(d.item.changedBy).toBe(f.samordnare.displayName);
		expect((await listItems(as(rad), org(), cycleId)).items[0]!.comments).toBe(2);
	});

	it('counts per status and kind, and filters the list', async () => {
		await openItem(as(rad), org(), cycleId, 'gap:onlyNegative:15.1');
		await setStatus(as(rad), org(), cycleId, itemId, { status: 'hanterad', version: 1 });
		const all = await listItems(as(f.lasare), org(), cycleId);
		expect(all.counts).toEqual({ total: 2, byStatus: { ny: 1, under_beredning: 0, hanterad: 1 }, byKind: { synergi: 0, målkonflikt: 1, lucka: 1 } });
		expect((await listItems(as(rad), org(), cycleId, { status: 'hanterad' })).items.map((i) => i.id)).toEqual([itemId]);
		expect((await listItems(as(rad), org(), cycleId, { kind: 'lucka' })).items.map((i) => i.kind)).toEqual(['lucka']);
		expect(all.canExport).toBe(false);
		expect((await listItems(as(f.samordnare), org(), cycleId)).canExport).toBe(true);
	});

	it('writes every change to the audit trail', async () => {
		await setStatus(as(rad), org(), cycleId, itemId, { status: 'under_beredning', version: 1 });
		await setRecommendation(as(rad), org(), cycleId, itemId, { recommendation: 'Råd.', version: 2 });
		await addComment(as(rad), org(), cycleId, itemId, { text: 'En kommentar.' });
		const events = (await listAuditEvents(db, org(), { cycleId })).filter((e) => e.entity === 'council_item');
		expect(events.map((e) => [e.action, e.entityId, e.actorUserId])).toEqual([
			['council.open', itemId, rad.id],
			['council.status', itemId, rad.id],
			['council.recommendation', itemId, rad.id],
			['council.comment', itemId, rad.id]
		]);
		expect(events[1]!.details).toEqual({ before: 'ny', after: 'under_beredning' });
	});
});

describe('exportItems', () => {
	let itemId: string;
	beforeEach(async () => {
		itemId = (await openItem(as(rad), org(), cycleId, conflictKey)).id;
		await setStatus(as(rad), org(), cycleId, itemId, { status: 'under_beredning', version: 1 });
		await setRecommendation(as(rad), org(), cycleId, itemId, { recommendation: 'Pröva; "ersättningsmark"\noch dialog.', version: 2 });
		await addComment(as(rad), org(), cycleId, itemId, { text: 'En kommentar.' });
	});

	it('writes CSV for Swedish Excel: BOM, `;`, quoted fields, the eight columns', async () => {
		const file = await exportItems(as(f.samordnare), org(), cycleId, 'csv');
		expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(file.filename).toBe('Rådets ärenden – Alfa kommun – Kartläggning 2025.csv');
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const text = new TextDecoder().decode(file.body.slice(3));
		const [header, ...rest] = text.split('\r\n');
		expect(header).toBe('Typ;Status;Rubrik;Enheter;Delmål;Rekommendation;Antal kommentarer;Senast ändrad');
		const row = rest.join('\r\n');
		expect(row).toMatch(
			/^Målkonflikt;Under beredning;Socialnämndens aktivitet ”Verksamhetsmark norr” bidrar till 8\.3 men motverkar 15\.1\.;Socialnämnden;8\.3, 15\.1;"Pröva; ""ersättningsmark""\noch dialog\.";1;\d{4}-\d{2}-\d{2} \d{2}:\d{2}\r\n$/
		);
	});

	it('writes XLSX with the same columns, the count as a number and the time as a date', async () => {
		const file = await exportItems(as(f.samordnare), org(), cycleId, 'xlsx');
		expect(file.filename).toBe('Rådets ärenden – Alfa kommun – Kartläggning 2025.xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(file.body.buffer as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		expect(ws.getRow(1).values).toEqual([undefined, 'Typ', 'Status', 'Rubrik', 'Enheter', 'Delmål', 'Rekommendation', 'Antal kommentarer', 'Senast ändrad']);
		const row = ws.getRow(2);
		expect(row.getCell(1).value).toBe('Målkonflikt');
		expect(row.getCell(2).value).toBe('Under beredning');
		expect(row.getCell(4).value).toBe('Socialnämnden');
		expect(row.getCell(7).value).toBe(1);
		expect(row.getCell(8).value).toBeInstanceOf(Date);
		expect(ws.rowCount).toBe(2);
	});

	it('is for those who may export data: a rådsledamot is refused (403)', async () => {
		expect((await serviceError(exportItems(as(rad), org(), cycleId, 'csv'))).status).toBe(403);
	});
});
