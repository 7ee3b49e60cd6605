import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { Workshop } from '#lib/domain/workshop.js';
import { stepInputFromFields } from '#lib/validation/workshop-inputs.js';
import { createCycle } from './cycle.service.js';
import { createDocument, updateDocument } from './board.service.js';
import { changeWorkshop, createWorkshop, getConsole, getProjector } from './workshop.service.js';
import { getParticipantView, joinAsGuest, submitGuestInput } from './guest.service.js';
import { adoptDocument } from './workshop-documents.service.js';
import { ConflictError } from './conflict.js';

const db = await useTestDb();
let a: OrganisationFixture;
let w: Workshop;
let planId: string;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	const lead = ctxOf(db, a.processledare);
	const cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
	planId = (await createDocument(lead, a.organisation.id, cycleId, a.units.sn.id, { name: 'Avfallsplan', type: 'plan', url: null, targetCodes: ['12.5'] })).id;
	w = await createWorkshop(lead, a.organisation.id, { name: 'Dok', cycleId, unitIds: [a.units.sn.id], steps: ['documents', 'summary'] });
	w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'open' });
});

function input(fields: Record<string, string>) {
	const parsed = stepInputFromFields({ id: crypto.randomUUID(), kind: 'document', ...fields });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}
const docRows = () => db.selectFrom('mapping_document').select(['name', 'type', 'url', 'target_codes']).orderBy('name').execute();

describe('the steering documents step', () => {
	it('participants propose a new document and targets for an existing one; the console counts them without names and adopts each once', async () => {
		const lead = ctxOf(db, a.processledare);
		const kim = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const ali = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: 'x' });
		const view = await getParticipantView({ db }, w.id, kim.token);
		expect(view.documents!.existing).toEqual([{ id: planId, name: 'Avfallsplan', type: 'plan', url: null, targetCodes: ['12.5'] }]);

		await submitGuestInput({ db }, w.id, kim.token, input({ name: 'Klimatstrategi', type: 'strategi', url: 'https://example.se/klimat', targetCodes: '13.1, 13.2' }));
		await submitGuestInput({ db }, w.id, ali.token, input({ name: ' klimatstrategi ', type: 'strategi', targetCodes: '13.2' }));
		await submitGuestInput({ db }, w.id, kim.token, input({ documentId: planId, targetCodes: '12.3, 12.5' }));
		expect((await getParticipantView({ db }, w.id, kim.token)).documents!.mine).toMatchObject([
			{ name: 'Klimatstrategi', type: 'strategi', targetCodes: ['13.1', '13.2'], existing: false },
			{ name: 'Avfallsplan', type: 'plan', targetCodes: ['12.3', '12.5'], existing: true, subject: planId }
		]);
		// Nothing reaches the unit's documents before the processledare adopts.
		expect(await docRows()).toEqual([{ name: 'Avfallsplan', type: 'plan', url: null, target_codes: ['12.5'] }]);

		const console = (await getConsole(lead, a.organisation.id, w.id)).documents!;
		expect(console).toMatchObject([
			{ documentId: null, name: 'Klimatstrategi', type: 'strategi', url: 'https://example.se/klimat', count: 2, targets: [{ code: '13.2', count: 2 }, { code: '13.1', count: 1 }], adopted: false },
			{ documentId: planId, name: 'Avfallsplan', count: 1, targets: [{ code: '12.3', count: 1 }, { code: '12.5', count: 1 }], current: ['12.5'], adopted: false }
		]);
		const wall = await getProjector(lead, a.organisation.id, w.id);
		expect(wall.documents).toHaveLength(2);
		expect(JSON.stringify(wall)).not.toMatch(/Kim|Ali/);

		await adoptDocument(lead, a.organisation.id, w.id, { name: 'Klimatstrategi', version: 0 });
		await adoptDocument(lead, a.organisation.id, w.id, { name: 'Klimatstrategi', version: 0 });
		const plan = console[1]!;
		await adoptDocument(lead, a.organisation.id, w.id, { documentId: planId, version: plan.version });
		await adoptDocument(lead, a.organisation.id, w.id, { documentId: planId, version: plan.version });
		expect(await docRows()).toEqual([
			{ name: 'Avfallsplan', type: 'plan', url: null, target_codes: ['12.5', '12.3'] },
			{ name: 'Klimatstrategi', type: 'strategi', url: 'https://example.se/klimat', target_codes: ['13.2', '13.1'] }
		]);
		expect((await getConsole(lead, a.organisation.id, w.id)).documents!.map((g) => g.adopted)).toEqual([true, true]);
		// Audited through the board service.
		const audits = await db.selectFrom('audit_event').select('action').where('action', 'like', 'document.%').execute();
		expect(audits.map((r) => r.action).sort()).toEqual(['document.create', 'document.create', 'document.update']);
	});

	it('adopting targets for a document changed meanwhile is a conflict; unknown groups and other organisations are 404; a deltagare may not adopt', async () => {
		const lead = ctxOf(db, a.processledare);
		const kim = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		await submitGuestInput({ db }, w.id, kim.token, input({ documentId: planId, targetCodes: '12.3' }));
		const shown = (await getConsole(lead, a.organisation.id, w.id)).documents![0]!;
		await updateDocument(ctxOf(db, a.samordnare), a.organisation.id, w.cycleId, w.currentUnitId, planId, { name: 'Avfallsplan 2027', type: 'plan', url: null, targetCodes: ['12.5'], version: shown.version });
		expect(await adoptDocument(lead, a.organisation.id, w.id, { documentId: planId, version: shown.version }).catch((e) => e)).toBeInstanceOf(ConflictError);
		expect((await serviceError(adoptDocument(lead, a.organisation.id, w.id, { name: 'Finns inte', version: 0 }))).status).toBe(404);
		expect((await serviceError(adoptDocument(lead, a.organisation.id, w.id, { documentId: crypto.randomUUID(), version: 0 }))).status).toBe(404);
		const b = await makeOrganisation(db, 'Beta');
		expect((await serviceError(adoptDocument(ctxOf(db, b.processledare), b.organisation.id, w.id, { documentId: planId, version: 1 }))).status).toBe(404);
		expect((await serviceError(adoptDocument(ctxOf(db, a.deltagare), a.organisation.id, w.id, { documentId: planId, version: 1 }))).status).toBe(403);
		// A proposal for a document of another unit is not found.
		expect((await serviceError(submitGuestInput({ db }, w.id, kim.token, input({ documentId: crypto.randomUUID(), targetCodes: '1.1' })))).status).toBe(404);
	});
});
