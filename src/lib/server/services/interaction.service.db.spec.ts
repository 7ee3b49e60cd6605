import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_MATRIX, referenceAvailable } from '#lib/analysis/interactions/fixtures.js';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { BusEvent } from '../realtime/index.js';
import { createActivity, createContribution } from './activity.service.js';
import { ConflictError } from './conflict.js';
import { createCycle, setCycleStatus } from './cycle.service.js';
import {
	copyFromCycle,
	importMatrix,
	interactionChannel,
	interactionOverview,
	MatrixImportError,
	network,
	pairDetail,
	proposedPairs,
	scorePair,
	settlePair
} from './interaction.service.js';
import { setRelevances } from './mapping.service.js';
import { workshopBus } from './workshop-live.js';

const db = await useTestDb();
let f: OrganisationFixture;
let org: string;
let cycleId: string;
const bytes = (text: string) => new TextEncoder().encode(text);

/** 4 targets, Swedish Excel's `;`: row sums 3, 0, 1, 1; column sums 1, 5, 1, −2; 9 scored cells. */
const SMALL = ';1.1;2.1;3.1;4.1\n1.1;;2;1;0\n2.1;1;;-1;\n3.1;0;3;;-2\n4.1;;;1;\n';

async function relevant(unitId: string, codes: string[], level: 'medel' | 'hög' | 'låg' = 'hög') {
	await setRelevances(ctxOf(db, f.samordnare), org, cycleId, unitId, codes.map((code) => ({ kind: 'target' as const, code, level, motivation: null, version: 0 })));
}

async function contributes(unitId: string, targetCode: string) {
	const ctx = ctxOf(db, f.samordnare);
	const a = await createActivity(ctx, org, cycleId, unitId, { name: `Aktivitet för ${targetCode}`, description: null, owner: null });
	await createContribution(ctx, org, cycleId, unitId, a.id, { targetCode, direction: 'bidrar', strength: 2, directness: 'direkt', motivation: null, indicator: null });
}

beforeEach(async () => {
	f = await makeOrganisation(db, 'Alfa');
	org = f.organisation.id;
	cycleId = (await createCycle(ctxOf(db, f.samordnare), org, { name: 'Kartläggning 2026', year: 2026, copy: false })).id;
});

describe('proposedPairs', () => {
	it('proposes relevant targets that at least two units touch, both ways, the pairs more units share first', async () => {
		const { ks, klf, ekonomi, sn } = f.units;
		await relevant(ks.id, ['6.3', '6.4', '11.6']);
		await relevant(ks.id, ['1.1'], 'låg');
		await relevant(sn.id, ['6.3', '3.8', '11.6']);
		await relevant(ekonomi.id, ['6.4'], 'medel');
		await contributes(ekonomi.id, '3.8');
		await contributes(klf.id, '6.3');
		await contributes(klf.id, '12.5');
		const p = await proposedPairs(ctxOf(db, f.lasare), org, cycleId);
		expect(p.targets).toEqual([
			{ code: '6.3', units: 3 },
			{ code: '3.8', units: 2 },
			{ code: '6.4', units: 2 },
			{ code: '11.6', units: 2 }
		]);
		expect(p.pairs).toHaveLength(12);
		expect(p.pairs.slice(0, 2).map((x) => [x.from, x.to, x.sharedUnits])).toEqual([
			['6.3', '11.6', 2],
			['11.6', '6.3', 2]
		]);
		expect(p.pairs.every((x) => x.from !== x.to && x.agreed === null && x.scorers === 0)).toBe(true);
		expect(p.progress).toEqual({ total: 12, agreed: 0, scored: 0 });
	});

	it('takes the 12 most touched targets: at most 132 pairs', async () => {
		const codes = ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b', '11.1', '11.2', '11.3', '11.4', '11.5', '11.6'];
		await relevant(f.units.ks.id, codes);
		await relevant(f.units.sn.id, codes);
		const p = await proposedPairs(ctxOf(db, f.samordnare), org, cycleId);
		expect(p.eligibleTargets).toBe(14);
		expect(p.targets).toHaveLength(12);
		expect(p.pairs).toHaveLength(132);
	});

	it('counts progress: scored and agreed pairs', async () => {
		await relevant(f.units.ks.id, ['6.3', '6.4']);
		await relevant(f.units.sn.id, ['6.3', '6.4']);
		await scorePair(ctxOf(db, f.processledare), org, cycleId, { from: '6.3', to: '6.4', score: 2, reason: 'Renare vatten.' });
		await settlePair(ctxOf(db, f.samordnare), org, cycleId, { from: '6.4', to: '6.3', score: 1, reason: 'Effektivare.' });
		const p = await proposedPairs(ctxOf(db, f.samordnare), org, cycleId);
		expect(p.progress).toEqual({ total: 2, agreed: 1, scored: 2 });
		expect(p.pairs.find((x) => x.from === '6.4')!.agreed).toBe(1);
		expect(p.pairs.find((x) => x.from === '6.3')!.scorers).toBe(1);
	});
});

describe('scoring', () => {
	it("keeps one score per scorer and pair, and shows everyone's with names, spread and sign disagreement", async () => {
		const pair = { from: '6.3', to: '6.4' };
		await scorePair(ctxOf(db, f.samordnare), org, cycleId, { ...pair, score: 1, reason: 'Först.' });
		await scorePair(ctxOf(db, f.samordnare), org, cycleId, { ...pair, score: 2, reason: 'Ändrat mig.' });
		await scorePair(ctxOf(db, f.processledare), org, cycleId, { ...pair, score: -1, reason: 'Konkurrens om vatten.' });
		const d = await pairDetail(ctxOf(db, f.samordnare), org, cycleId, pair);
		expect(d.scores).toHaveLength(2);
		expect(d.mine).toEqual({ score: 2, reason: 'Ändrat mig.' });
		expect(d.scores.map((s) => [s.name, s.score, s.mine])).toEqual([
			[f.samordnare.displayName, 2, true],
			[f.processledare.displayName, -1, false]
		]);
		expect(d.agreement).toMatchObject({ count: 2, min: -1, max: 2, spread: 3, signDisagreement: true });
		expect(d.agreed).toBeNull();
	});

	it('requires a reason and a score from −3 to 3 (Swedish messages), and two different targets of the catalogue', async () => {
		const ctx = ctxOf(db, f.samordnare);
		const noReason = await serviceError(scorePair(ctx, org, cycleId, { from: '6.3', to: '6.4', score: 1, reason: '  ' }));
		expect([noReason.status, noReason.messageKey, noReason.params?.field]).toEqual([400, 'interactions.error.reason', 'reason']);
		expect((await serviceError(scorePair(ctx, org, cycleId, { from: '6.3', to: '6.4', score: 4, reason: 'x' }))).messageKey).toBe('interactions.error.score');
		expect((await serviceError(scorePair(ctx, org, cycleId, { from: '6.3', to: '6.3', score: 1, reason: 'x' }))).status).toBe(404);
		expect((await serviceError(scorePair(ctx, org, cycleId, { from: '6.3', to: '18.1', score: 1, reason: 'x' }))).status).toBe(404);
		expect((await pairDetail(ctx, org, cycleId, { from: '6.3', to: '6.4' })).scores).toEqual([]);
	});

	it('publishes each change after its commit with the cycle’s newest change as sequence number', async () => {
		const events: BusEvent[] = [];
		const stop = workshopBus().subscribe(interactionChannel(cycleId), (e) => events.push({ ...e }));
		await stop.ready;
		try {
			await scorePair(ctxOf(db, f.samordnare), org, cycleId, { from: '6.3', to: '6.4', score: 1, reason: 'Skäl.' });
			await settlePair(ctxOf(db, f.samordnare), org, cycleId, { from: '6.3', to: '6.4', score: 1, reason: 'Enade.' });
			await new Promise((r) => setTimeout(r, 20));
		} finally {
			stop();
		}
		expect(events.map((e) => e.type)).toEqual(['score', 'agreed']);
		expect(events[0]!.seq).toBeGreaterThan(0);
		expect(events[1]!.seq).toBeGreaterThanOrEqual(events[0]!.seq);
		const overview = await interactionOverview(ctxOf(db, f.lasare), org, cycleId);
		expect(overview.seq).toBe(events[1]!.seq);
		expect(overview.canScore).toBe(false);
	});
});

describe('settlePair', () => {
	it('settles the agreed score, and refuses a stale version with 409 and the stored value', async () => {
		const pair = { from: '6.3', to: '6.4' };
		const first = await settlePair(ctxOf(db, f.samordnare), org, cycleId, { ...pair, score: 2, reason: 'Enade.' });
		expect([first.score, first.source, first.version]).toEqual([2, 'agreed', 1]);
		const stale = await serviceError(settlePair(ctxOf(db, f.processledare), org, cycleId, { ...pair, score: -1, reason: 'Annat.', version: 0 }));
		expect(stale).toBeInstanceOf(ConflictError);
		expect(stale.status).toBe(409);
		expect((stale as ConflictError).items[0]!.fields.map((x) => x.value)).toEqual(['2', 'Enade.']);
		expect((stale as ConflictError).items[0]!.fields[0]!.valueKey).toBe('interactions.score.p2');
		const second = await settlePair(ctxOf(db, f.processledare), org, cycleId, { ...pair, score: -1, reason: 'Annat.', version: 1 });
		expect(second.version).toBe(2);
		const d = await pairDetail(ctxOf(db, f.lasare), org, cycleId, pair);
		expect(d.agreed).toMatchObject({ score: -1, reason: 'Annat.', source: 'agreed', version: 2, agreedByName: f.processledare.displayName });
	});
});

describe('importMatrix and network', () => {
	it('imports a CSV in the SEI layout and ranks the targets', async () => {
		const counts = await importMatrix(ctxOf(db, f.samordnare), org, cycleId, bytes(SMALL), 'liten.csv', 'replace');
		expect(counts).toEqual({ targets: 4, cells: 9, removed: 0 });
		const net = await network(ctxOf(db, f.lasare), org, cycleId);
		expect(net.cells).toBe(9);
		const by = Object.fromEntries(net.targets.map((m) => [m.code, m]));
		expect([by['1.1']!.outSum, by['2.1']!.outSum, by['3.1']!.outSum, by['4.1']!.outSum]).toEqual([3, 0, 1, 1]);
		expect([by['1.1']!.inSum, by['2.1']!.inSum, by['3.1']!.inSum, by['4.1']!.inSum]).toEqual([1, 5, 1, -2]);
		expect([by['1.1']!.secondOrder, by['2.1']!.secondOrder, by['3.1']!.secondOrder, by['4.1']!.secondOrder]).toEqual([0.5, 1, -1, 0.5]);
		expect([by['1.1']!.rankOutSum, by['3.1']!.rankOutSum, by['4.1']!.rankOutSum, by['2.1']!.rankOutSum]).toEqual([1, 2, 3, 4]);
		expect(net.goals.cells[2]![1]).toEqual({ sum: 3, count: 1, positive: 3, negative: 0 });
		const d = await pairDetail(ctxOf(db, f.samordnare), org, cycleId, { from: '3.1', to: '2.1' });
		expect(d.agreed).toMatchObject({ score: 3, source: 'imported' });
	});

	it('refuses a bad file with Swedish issues naming row and column, and stores nothing', async () => {
		await settlePair(ctxOf(db, f.samordnare), org, cycleId, { from: '6.3', to: '6.4', score: 2, reason: 'Enade.' });
		const bad = ';1.1;2.1\n1.1;;5\n2.1;x;\n';
		const e = await serviceError(importMatrix(ctxOf(db, f.samordnare), org, cycleId, bytes(bad), 'fel.csv', 'replace'));
		expect(e).toBeInstanceOf(MatrixImportError);
		expect(e.status).toBe(400);
		const issues = (e as MatrixImportError).issues;
		expect(issues).toHaveLength(2);
		expect(issues[0]).toMatch(/^Rad 2 \(1\.1\), kolumn 3 \(2\.1\): värdet "5" ligger utanför/);
		expect(issues[1]).toMatch(/^Rad 3 \(2\.1\), kolumn 2 \(1\.1\): "x" är inget tal/);
		const net = await network(ctxOf(db, f.samordnare), org, cycleId);
		expect(net.cells).toBe(1);
		expect((await serviceError(importMatrix(ctxOf(db, f.samordnare), org, cycleId, new Uint8Array(), 'tom.csv', 'merge'))).messageKey).toBe('interactions.error.noFile');
	});

	it('replace removes the cycle’s scores first; merge keeps the pairs the file leaves empty', async () => {
		const ctx = ctxOf(db, f.samordnare);
		await settlePair(ctx, org, cycleId, { from: '6.3', to: '6.4', score: 2, reason: 'Enade.' });
		await settlePair(ctx, org, cycleId, { from: '1.1', to: '2.1', score: -3, reason: 'Tidigare.' });
		expect(await importMatrix(ctx, org, cycleId, bytes(SMALL), 'liten.csv', 'merge')).toEqual({ targets: 4, cells: 9, removed: 0 });
		let net = await network(ctx, org, cycleId);
		expect(net.cells).toBe(10);
		expect((await pairDetail(ctx, org, cycleId, { from: '1.1', to: '2.1' })).agreed).toMatchObject({ score: 2, source: 'imported', version: 2 });
		expect(await importMatrix(ctx, org, cycleId, bytes(SMALL), 'liten.csv', 'replace')).toEqual({ targets: 4, cells: 9, removed: 10 });
		net = await network(ctx, org, cycleId);
		expect(net.cells).toBe(9);
		expect((await pairDetail(ctx, org, cycleId, { from: '6.3', to: '6.4' })).agreed).toBeNull();
	});
});

describe('copyFromCycle', () => {
	it("starts a cycle from another cycle's scores as copied, keeping pairs it has", async () => {
		const ctx = ctxOf(db, f.samordnare);
		await importMatrix(ctx, org, cycleId, bytes(SMALL), 'liten.csv', 'replace');
		const next = (await createCycle(ctx, org, { name: 'Kartläggning 2027', year: 2027, copy: false })).id;
		await settlePair(ctx, org, next, { from: '1.1', to: '2.1', score: -1, reason: 'Nytt år.' });
		expect(await copyFromCycle(ctx, org, next, cycleId)).toEqual({ copied: 8 });
		expect((await network(ctx, org, next)).cells).toBe(9);
		expect((await pairDetail(ctx, org, next, { from: '1.1', to: '2.1' })).agreed).toMatchObject({ score: -1, source: 'agreed' });
		expect((await pairDetail(ctx, org, next, { from: '3.1', to: '2.1' })).agreed).toMatchObject({ score: 3, source: 'copied' });
		const overview = await interactionOverview(ctx, org, next);
		expect(overview.otherCycles).toEqual([{ id: cycleId, name: 'Kartläggning 2026', agreed: 9 }]);
		expect((await serviceError(copyFromCycle(ctx, org, next, next))).status).toBe(400);
	});
});

describe.skipIf(!referenceAvailable())('the reference matrix (SEI, Weitz et al. 2018, read from ../shared)', () => {
	it('imports its 1,122 scores and ranks 16.6 first with 51 and 17.11 last with −9', async () => {
		const counts = await importMatrix(ctxOf(db, f.samordnare), org, cycleId, new Uint8Array(readFileSync(REFERENCE_MATRIX)), 'reference.csv', 'replace');
		expect(counts).toEqual({ targets: 34, cells: 1122, removed: 0 });
		const net = await network(ctxOf(db, f.lasare), org, cycleId);
		const byOut = [...net.targets].sort((a, b) => a.rankOutSum - b.rankOutSum);
		expect([byOut[0]!.code, byOut[0]!.outSum]).toEqual(['16.6', 51]);
		expect([byOut.at(-1)!.code, byOut.at(-1)!.outSum]).toEqual(['17.11', -9]);
		expect(net.targets.find((m) => m.code === '16.6')!.secondOrder).toBe(516);
	});
});

describe('a closed cycle', () => {
	it('keeps its scores: scoring, settling, importing and copying are refused with 409, and the overview offers no scoring', async () => {
		const ctx = ctxOf(db, f.samordnare);
		await settlePair(ctx, org, cycleId, { from: '6.3', to: '11.6', score: 2, reason: 'Rent vatten gör staden hållbar.' });
		const other = (await createCycle(ctx, org, { name: 'Kartläggning 2027', year: 2027, copy: false })).id;
		await setCycleStatus(ctx, org, cycleId, 'closed');
		const refused = [
			() => scorePair(ctx, org, cycleId, { from: '6.3', to: '11.6', score: 1, reason: 'Nytt skäl.' }),
			() => settlePair(ctx, org, cycleId, { from: '6.3', to: '11.6', score: 3, reason: 'Nytt skäl.', version: 1 }),
			() => importMatrix(ctx, org, cycleId, bytes(SMALL), 'matris.csv', 'merge'),
			() => copyFromCycle(ctx, org, cycleId, other)
		];
		for (const attempt of refused) {
			const e = await serviceError(attempt);
			expect([e.status, e.message]).toEqual([409, 'interactions.error.cycleClosed']);
		}
		const detail = await pairDetail(ctx, org, cycleId, { from: '6.3', to: '11.6' });
		expect(detail.agreed).toMatchObject({ score: 2, reason: 'Rent vatten gör staden hållbar.' });
		expect(detail.canScore).toBe(false);
		expect((await interactionOverview(ctx, org, cycleId)).canScore).toBe(false);
		// The open cycle still takes scores.
		await expect(scorePair(ctx, org, other, { from: '6.3', to: '11.6', score: 1, reason: 'Nytt skäl.' })).resolves.toBeDefined();
	});
});
