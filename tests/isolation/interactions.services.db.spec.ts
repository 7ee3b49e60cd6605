// Tenant isolation of the interaction network, table-driven: every service function aimed at organisation
// B — B's ids as B's organisation, or B's cycle under A's — answers 404 to A's samordnare and changes
// nothing of B; a deltagare of A (no council.view) is refused 403, and a läsare of A may look but not score.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../helpers/db.js';
import type { Ctx } from '#lib/server/services/actor.js';
import * as interactions from '#lib/server/services/interaction.service.js';
import { createCycle } from '#lib/server/services/cycle.service.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';

type World = { a: OrganisationFixture; b: OrganisationFixture; ac: string; ac2: string; bc: string; bc2: string };
interface Row {
	name: string;
	call: (ctx: Ctx, w: World) => Promise<unknown>;
}

const db = await useTestDb();
let w: World;
const csv = new TextEncoder().encode(';1.1;2.1\n1.1;;2\n2.1;-1;\n');
const pair = { from: '1.1', to: '2.1' };
const score = { ...pair, score: 1, reason: 'Skäl.' };

beforeEach(async () => {
	const a = await makeOrganisation(db, 'Alfa');
	const b = await makeOrganisation(db, 'Beta');
	const cycle = async (f: OrganisationFixture, name: string) => (await createCycle(ctxOf(db, f.samordnare), f.organisation.id, { name, year: 2026, copy: false })).id;
	w = { a, b, ac: await cycle(a, 'A1'), ac2: await cycle(a, 'A2'), bc: await cycle(b, 'B1'), bc2: await cycle(b, 'B2') };
	await interactions.importMatrix(ctxOf(db, b.samordnare), b.organisation.id, w.bc, csv, 'b.csv', 'replace');
});

const A = (w: World) => w.a.organisation.id;
const B = (w: World) => w.b.organisation.id;

const intoB: Row[] = [
	{ name: 'interactionCycles(B)', call: (c, w) => interactions.interactionCycles(c, B(w)) },
	{ name: 'interactionOverview(B)', call: (c, w) => interactions.interactionOverview(c, B(w), w.bc) },
	{ name: 'interactionOverview(A, cycle of B)', call: (c, w) => interactions.interactionOverview(c, A(w), w.bc) },
	{ name: 'proposedPairs(B)', call: (c, w) => interactions.proposedPairs(c, B(w), w.bc) },
	{ name: 'proposedPairs(A, cycle of B)', call: (c, w) => interactions.proposedPairs(c, A(w), w.bc) },
	{ name: 'pairDetail(B)', call: (c, w) => interactions.pairDetail(c, B(w), w.bc, pair) },
	{ name: 'pairDetail(A, cycle of B)', call: (c, w) => interactions.pairDetail(c, A(w), w.bc, pair) },
	{ name: 'network(B)', call: (c, w) => interactions.network(c, B(w), w.bc) },
	{ name: 'network(A, cycle of B)', call: (c, w) => interactions.network(c, A(w), w.bc) },
	{ name: 'openInteractionStream(B)', call: (c, w) => interactions.openInteractionStream(c, B(w), w.bc) },
	{ name: 'openInteractionStream(A, cycle of B)', call: (c, w) => interactions.openInteractionStream(c, A(w), w.bc) },
	{ name: 'scorePair(B)', call: (c, w) => interactions.scorePair(c, B(w), w.bc, score) },
	{ name: 'scorePair(A, cycle of B)', call: (c, w) => interactions.scorePair(c, A(w), w.bc, score) },
	{ name: 'settlePair(B)', call: (c, w) => interactions.settlePair(c, B(w), w.bc, { ...score, version: 1 }) },
	{ name: 'settlePair(A, cycle of B)', call: (c, w) => interactions.settlePair(c, A(w), w.bc, { ...score, version: 1 }) },
	{ name: 'importMatrix(B)', call: (c, w) => interactions.importMatrix(c, B(w), w.bc, csv, 'x.csv', 'replace') },
	{ name: 'importMatrix(A, cycle of B)', call: (c, w) => interactions.importMatrix(c, A(w), w.bc, csv, 'x.csv', 'replace') },
	{ name: 'copyFromCycle(B)', call: (c, w) => interactions.copyFromCycle(c, B(w), w.bc2, w.bc) },
	{ name: 'copyFromCycle(A, into a cycle of B)', call: (c, w) => interactions.copyFromCycle(c, A(w), w.bc2, w.ac) },
	{ name: 'copyFromCycle(A, from a cycle of B)', call: (c, w) => interactions.copyFromCycle(c, A(w), w.ac, w.bc) }
];

/** The same functions in A's own organisation. */
const inA: Array<Row & { write: boolean }> = [
	{ name: 'interactionCycles', write: false, call: (c, w) => interactions.interactionCycles(c, A(w)) },
	{ name: 'interactionOverview', write: false, call: (c, w) => interactions.interactionOverview(c, A(w), w.ac) },
	{ name: 'proposedPairs', write: false, call: (c, w) => interactions.proposedPairs(c, A(w), w.ac) },
	{ name: 'pairDetail', write: false, call: (c, w) => interactions.pairDetail(c, A(w), w.ac, pair) },
	{ name: 'network', write: false, call: (c, w) => interactions.network(c, A(w), w.ac) },
	{ name: 'openInteractionStream', write: false, call: (c, w) => interactions.openInteractionStream(c, A(w), w.ac) },
	{ name: 'scorePair', write: true, call: (c, w) => interactions.scorePair(c, A(w), w.ac, score) },
	{ name: 'settlePair', write: true, call: (c, w) => interactions.settlePair(c, A(w), w.ac, score) },
	{ name: 'importMatrix', write: true, call: (c, w) => interactions.importMatrix(c, A(w), w.ac, csv, 'x.csv', 'merge') },
	{ name: 'copyFromCycle', write: true, call: (c, w) => interactions.copyFromCycle(c, A(w), w.ac2, w.ac) }
];

describe("A's samordnare and organisation B's interaction network", () => {
	it.each(intoB)('$name → 404', async ({ call }) => {
		const e = await serviceError(call(ctxOf(db, w.a.samordnare), w));
		expect(e.status).toBe(404);
	});

	it("leaves B's scores untouched", async () => {
		for (const row of intoB) await serviceError(row.call(ctxOf(db, w.a.samordnare), w));
		const net = await interactions.network(ctxOf(db, w.b.samordnare), B(w), w.bc);
		expect(net.cells).toBe(2);
		expect((await interactions.pairDetail(ctxOf(db, w.b.samordnare), B(w), w.bc, pair)).scores).toEqual([]);
		expect((await interactions.network(ctxOf(db, w.b.samordnare), B(w), w.bc2)).cells).toBe(0);
	});
});

describe('roles in A', () => {
	it.each(inA)('deltagare: $name → 403', async ({ call }) => {
		expect((await serviceError(call(ctxOf(db, w.a.deltagare), w))).status).toBe(403);
	});

	it.each(inA.filter((r) => r.write))('läsare: $name → 403', async ({ call }) => {
		expect((await serviceError(call(ctxOf(db, w.a.lasare), w))).status).toBe(403);
	});

	it.each(inA.filter((r) => !r.write))('läsare: $name is allowed', async ({ call }) => {
		await expect(call(ctxOf(db, w.a.lasare), w)).resolves.toBeDefined();
	});

	it.each(inA)('processledare: $name is allowed', async ({ call }) => {
		await expect(call(ctxOf(db, w.a.processledare), w)).resolves.toBeDefined();
	});
});
