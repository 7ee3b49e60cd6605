import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { listAuditEvents } from '../repositories/audit.repository.js';
import { createChallenge, createDocument, deleteChallenge, deleteDocument, updateChallenge, updateDocument } from './board.service.js';
import { ConflictError } from './conflict.js';
import { createCycle } from './cycle.service.js';
import { getUnitMapping } from './mapping.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let cycleId: string;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
});

const org = () => a.organisation.id;
const sn = () => a.units.sn.id;
const mapping = () => getUnitMapping(ctxOf(db, a.lasare), org(), cycleId, sn());

describe('the challenges board', () => {
	it('keeps challenges and opportunities per dimension with optional targets; edits are versioned', async () => {
		const ctx = ctxOf(db, a.deltagare);
		const item = await createChallenge(ctx, org(), cycleId, sn(), { dimension: 'social', kind: 'utmaning', text: 'Ensamhet bland äldre', targetCodes: ['3.4', '10.2'] });
		await createChallenge(ctx, org(), cycleId, sn(), { dimension: 'ekologisk', kind: 'möjlighet', text: 'Elcyklar i hemtjänsten', targetCodes: [] });
		await updateChallenge(ctx, org(), cycleId, sn(), item.id, { dimension: 'social', kind: 'utmaning', text: 'Ofrivillig ensamhet', targetCodes: ['3.4'], version: 1 });
		const stale = await serviceError(() => updateChallenge(ctx, org(), cycleId, sn(), item.id, { dimension: 'social', kind: 'möjlighet', text: 'X', targetCodes: [], version: 1 }));
		expect(stale).toBeInstanceOf(ConflictError);
		expect((await mapping()).challenges.map((c) => [c.dimension, c.kind, c.text, c.targetCodes])).toEqual([
			['social', 'utmaning', 'Ofrivillig ensamhet', ['3.4']],
			['ekologisk', 'möjlighet', 'Elcyklar i hemtjänsten', []]
		]);
		await deleteChallenge(ctx, org(), cycleId, sn(), item.id);
		expect((await mapping()).challenges).toHaveLength(1);
	});

	it('refuses targets that do not exist (400)', async () => {
		const e = await serviceError(() => createChallenge(ctxOf(db, a.deltagare), org(), cycleId, sn(), { dimension: 'social', kind: 'utmaning', text: 'X', targetCodes: ['3.4', '3.99'] }));
		expect([e.status, e.messageKey, e.params]).toEqual([400, 'mapping.error.targets', { field: 'targetCodes' }]);
	});
});

describe('steering documents', () => {
	it('are kept with type, an http(s) link and the targets they concern', async () => {
		const ctx = ctxOf(db, a.deltagare);
		const doc = await createDocument(ctx, org(), cycleId, sn(), { name: 'Äldreomsorgsplan', type: 'plan', url: 'https://example.se/plan', targetCodes: ['3.8'] });
		await updateDocument(ctx, org(), cycleId, sn(), doc.id, { name: 'Äldreomsorgsplan 2026', type: 'handlingsplan', url: null, targetCodes: [], version: 1 });
		expect((await mapping()).documents).toMatchObject([{ name: 'Äldreomsorgsplan 2026', type: 'handlingsplan', url: null, targetCodes: [], version: 2, agreedBy: a.deltagare.id }]);
		await deleteDocument(ctx, org(), cycleId, sn(), doc.id);
		expect((await mapping()).documents).toEqual([]);
		expect((await listAuditEvents(db, org(), { unitId: sn() })).map((e) => e.action)).toEqual(['document.create', 'document.update', 'document.delete']);
	});

	it.each(['javascript:alert(1)', 'ftp://example.se/plan', 'data:text/html,x', 'example.se/plan'])('refuses the link %s (400)', async (url) => {
		const e = await serviceError(() => createDocument(ctxOf(db, a.deltagare), org(), cycleId, sn(), { name: 'X', type: 'plan', url, targetCodes: [] }));
		expect([e.status, e.messageKey]).toEqual([400, 'mapping.error.url']);
		expect((await mapping()).documents).toEqual([]);
	});
});
