// Tenant isolation of the council's items, table-driven like services.db.spec.ts: a samordnare of A reaches
// nothing of B through any council function — B's ids answer 404 whether passed as B's organisation or
// smuggled in under A's — a deltagare of A is refused (403) everything, and a läsare of A reads but is
// refused (403) every change and the export.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../helpers/db.js';
import type { Db } from '#lib/server/db/index.js';
import type { Ctx } from '#lib/server/services/actor.js';
import { createActivity, createContribution } from '#lib/server/services/activity.service.js';
import * as council from '#lib/server/services/council.service.js';
import { createCycle } from '#lib/server/services/cycle.service.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';

/** An organisation with a cycle whose activity helps 8.3 and counteracts 15.1, and the council item of that conflict. */
async function makeCouncil(db: Db, tag: string) {
	const f = await makeOrganisation(db, tag);
	const ctx = ctxOf(db, f.samordnare);
	const org = f.organisation.id;
	const cycleId = (await createCycle(ctx, org, { name: 'Kartläggning 2025', year: 2025, copy: false })).id;
	const activity = await createActivity(ctx, org, cycleId, f.units.sn.id, { name: 'Verksamhetsmark', description: null, owner: null });
	const link = { strength: 2 as const, directness: 'direkt' as const, motivation: null, indicator: null };
	await createContribution(ctx, org, cycleId, f.units.sn.id, activity.id, { targetCode: '8.3', direction: 'bidrar', ...link });
	await createContribution(ctx, org, cycleId, f.units.sn.id, activity.id, { targetCode: '15.1', direction: 'motverkar', ...link });
	const findingKey = `conflict:activity:${activity.id}`;
	const itemId = (await council.openItem(ctx, org, cycleId, findingKey)).id;
	return { f, org, cycleId, findingKey, itemId };
}
type CouncilFixture = Awaited<ReturnType<typeof makeCouncil>>;
type World = { a: CouncilFixture; b: CouncilFixture };
interface Row {
	name: string;
	call: (ctx: Ctx, w: World) => Promise<unknown>;
}

const db = await useTestDb();
let w: World;
beforeEach(async () => {
	w = { a: await makeCouncil(db, 'Alfa'), b: await makeCouncil(db, 'Beta') };
});

const status = { status: 'hanterad' as const, version: 1 };
const advice = { recommendation: 'X', version: 1 };
const comment = { text: 'X' };

const intoB: Row[] = [
	{ name: 'openItem(B)', call: (c, { b }) => council.openItem(c, b.org, b.cycleId, b.findingKey) },
	{ name: 'openItem(A, cycle of B)', call: (c, { a, b }) => council.openItem(c, a.org, b.cycleId, b.findingKey) },
	{ name: 'openItem(A, finding of B)', call: (c, { a, b }) => council.openItem(c, a.org, a.cycleId, b.findingKey) },
	{ name: 'listItems(B)', call: (c, { b }) => council.listItems(c, b.org, b.cycleId) },
	{ name: 'listItems(A, cycle of B)', call: (c, { a, b }) => council.listItems(c, a.org, b.cycleId) },
	{ name: 'getItem(B)', call: (c, { b }) => council.getItem(c, b.org, b.cycleId, b.itemId) },
	{ name: 'getItem(A, cycle and item of B)', call: (c, { a, b }) => council.getItem(c, a.org, b.cycleId, b.itemId) },
	{ name: 'getItem(A, item of B)', call: (c, { a, b }) => council.getItem(c, a.org, a.cycleId, b.itemId) },
	{ name: 'setStatus(B)', call: (c, { b }) => council.setStatus(c, b.org, b.cycleId, b.itemId, status) },
	{ name: 'setStatus(A, item of B)', call: (c, { a, b }) => council.setStatus(c, a.org, a.cycleId, b.itemId, status) },
	{ name: 'setStatus(A, cycle and item of B)', call: (c, { a, b }) => council.setStatus(c, a.org, b.cycleId, b.itemId, status) },
	{ name: 'setRecommendation(B)', call: (c, { b }) => council.setRecommendation(c, b.org, b.cycleId, b.itemId, advice) },
	{ name: 'setRecommendation(A, item of B)', call: (c, { a, b }) => council.setRecommendation(c, a.org, a.cycleId, b.itemId, advice) },
	{ name: 'addComment(B)', call: (c, { b }) => council.addComment(c, b.org, b.cycleId, b.itemId, comment) },
	{ name: 'addComment(A, item of B)', call: (c, { a, b }) => council.addComment(c, a.org, a.cycleId, b.itemId, comment) },
	{ name: 'exportItems(B)', call: (c, { b }) => council.exportItems(c, b.org, b.cycleId, 'csv') },
	{ name: 'exportItems(A, cycle of B)', call: (c, { a, b }) => council.exportItems(c, a.org, b.cycleId, 'xlsx') }
];

/** The same functions on A's own ids. */
const reads: Row[] = [
	{ name: 'listItems', call: (c, { a }) => council.listItems(c, a.org, a.cycleId) },
	{ name: 'getItem', call: (c, { a }) => council.getItem(c, a.org, a.cycleId, a.itemId) }
];
const changes: Row[] = [
	{ name: 'openItem', call: (c, { a }) => council.openItem(c, a.org, a.cycleId, a.findingKey) },
	{ name: 'setStatus', call: (c, { a }) => council.setStatus(c, a.org, a.cycleId, a.itemId, status) },
	{ name: 'setRecommendation', call: (c, { a }) => council.setRecommendation(c, a.org, a.cycleId, a.itemId, advice) },
	{ name: 'addComment', call: (c, { a }) => council.addComment(c, a.org, a.cycleId, a.itemId, comment) },
	{ name: 'exportItems', call: (c, { a }) => council.exportItems(c, a.org, a.cycleId, 'csv') }
];

async function unchangedB() {
	const d = await council.getItem(ctxOf(db, w.b.f.samordnare), w.b.org, w.b.cycleId, w.b.itemId);
	expect(d.item).toMatchObject({ status: 'ny', recommendation: '', version: 1 });
	expect(d.comments).toEqual([]);
}

describe('a samordnare of another organisation', () => {
	it.each(intoB.map((r) => [r.name, r] as const))('gets 404: %s', async (_name, row) => {
		expect((await serviceError(row.call(ctxOf(db, w.a.f.samordnare), w))).status).toBe(404);
		await unchangedB();
	});
});

describe('roles within the organisation', () => {
	it.each([...reads, ...changes].map((r) => [r.name, r] as const))('a deltagare is refused (403): %s', async (_name, row) => {
		expect((await serviceError(row.call(ctxOf(db, w.a.f.deltagare), w))).status).toBe(403);
	});

	it.each(reads.map((r) => [r.name, r] as const))('a läsare may read: %s', async (_name, row) => {
		await expect(row.call(ctxOf(db, w.a.f.lasare), w)).resolves.toBeTruthy();
	});

	it.each(changes.map((r) => [r.name, r] as const))('a läsare is refused (403): %s', async (_name, row) => {
		expect((await serviceError(row.call(ctxOf(db, w.a.f.lasare), w))).status).toBe(403);
		const d = await council.getItem(ctxOf(db, w.a.f.samordnare), w.a.org, w.a.cycleId, w.a.itemId);
		expect(d.item).toMatchObject({ status: 'ny', recommendation: '', version: 1 });
		expect(d.comments).toEqual([]);
	});
});
