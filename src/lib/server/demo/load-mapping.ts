// Writes the demo's kartläggning of Alingsås (alingsas-mapping.ts): "Kartläggning 2025", agreed by the
// demo samordnare and closed, and "Kartläggning hösten 2026", open, started as a copy of it the way a
// samordnare starts one (the rows copied in a few statements). Runs inside the demo's transaction.
import type { Db } from '../db/index.js';
import * as cycles from '../repositories/cycle.repository.js';
import * as mapping from '../repositories/mapping.repository.js';
import * as activities from '../repositories/activity.repository.js';
import * as challenges from '../repositories/challenge.repository.js';
import * as documents from '../repositories/document.repository.js';
import * as audits from '../repositories/audit.repository.js';
import { alingsasMapping, demoCycles, policyDocument, type DemoUnitMapping } from './alingsas-mapping.js';

async function loadUnit(db: Db, scope: mapping.Scope, m: DemoUnitMapping, by: string): Promise<void> {
	await mapping.insertGrunduppdrag(db, scope, m.grunduppdrag, by);
	for (const [i, level] of m.goals.entries()) {
		await mapping.insertRelevance(db, scope, { kind: 'goal', code: String(i + 1), level, motivation: m.goalMotivations[i + 1] ?? null }, by);
	}
	for (const t of m.targets) {
		await mapping.insertRelevance(db, scope, { kind: 'target', code: t.code, level: t.level, motivation: t.motivation }, by);
	}
	for (const a of m.activities) {
		const activity = await activities.insertActivity(db, scope, { name: a.name, description: null, owner: null }, by);
		for (const c of a.contributions) {
			await activities.insertContribution(
				db,
				scope,
				activity.id,
				{ targetCode: c.target, direction: c.direction, strength: c.strength, directness: c.directness, motivation: c.motivation, indicator: null },
				by
			);
		}
	}
	for (const c of m.challenges) {
		await challenges.insertChallenge(db, scope, { dimension: c.dimension, kind: c.kind, text: c.text, targetCodes: c.targets }, by);
	}
	await documents.insertDocument(db, scope, { ...policyDocument, url: null, targetCodes: m.policyTargets }, by);
}

/** `unitIds` by unit name; `samordnare` is the user who agreed every value. */
/** Returns the ids of the closed and the open cycle. */
export async function loadAlingsasMapping(
	db: Db,
	organisationId: string,
	unitIds: ReadonlyMap<string, string>,
	samordnare: string
): Promise<{ closedId: string; openId: string }> {
	const closed = await cycles.insertCycle(db, organisationId, { ...demoCycles.closed, copiedFromId: null, createdBy: samordnare });
	const event = (action: string, cycleId: string, details: Record<string, unknown>) =>
		audits.insertAuditEvent(db, { organisationId, actorUserId: samordnare, action, entity: 'cycle', entityId: cycleId, cycleId, details });
	await event('cycle.create', closed.id, { name: closed.name, year: closed.year, copiedFromId: null, copied: null });

	for (const m of alingsasMapping) {
		const unitId = unitIds.get(m.unit);
		if (!unitId) throw new Error(`demo: no unit ${m.unit}`);
		await loadUnit(db, { organisationId, cycleId: closed.id, unitId }, m, samordnare);
	}
	await cycles.setCycleStatus(db, organisationId, closed.id, 'closed');
	await event('cycle.status', closed.id, { from: 'open', to: 'closed' });

	const open = await cycles.insertCycle(db, organisationId, { ...demoCycles.open, copiedFromId: closed.id, createdBy: samordnare });
	const copied = await cycles.copyCycleContent(db, organisationId, closed.id, open.id);
	await event('cycle.copy', open.id, { name: open.name, year: open.year, copiedFromId: closed.id, copied });
	return { closedId: closed.id, openId: open.id };
}
