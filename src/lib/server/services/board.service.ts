// The challenges-and-opportunities board (per sustainability dimension) and the steering documents of a
// unit in a cycle: target codes checked against the catalogue, links only http(s), edits versioned, audited.
import { challengeKindLabelKeys, dimensionLabelKeys, documentTypeLabelKeys, isWebLink, type Challenge, type SteeringDocument } from '#lib/domain/mapping.js';
import { isKnownTarget } from '#lib/sdg/checks.js';
import type { Db } from '../db/index.js';
import * as challenges from '../repositories/challenge.repository.js';
import * as documents from '../repositories/document.repository.js';
import * as mapping from '../repositories/mapping.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { ConflictError, type ConflictField } from './conflict.js';
import { notFound, ServiceError } from './errors.js';
import { audit, editableUnit } from './mapping-access.js';

function checkTargets(codes: readonly string[]): void {
	if (codes.length > 50 || !codes.every(isKnownTarget)) throw new ServiceError(400, 'mapping.error.targets', { field: 'targetCodes' });
}

async function conflict(db: Db, scope: mapping.Scope, subject: string, now: { agreedBy: string | null; agreedAt: Date; version: number } | null, fields: ConflictField[]) {
	const names = await mapping.displayNames(db, scope.organisationId, now?.agreedBy ? [now.agreedBy] : []);
	return new ConflictError([
		{ subject: { key: 'mapping.conflict.item', params: { name: subject } }, by: now?.agreedBy ? (names[now.agreedBy] ?? null) : null, at: now?.agreedAt ?? null, version: now?.version ?? 0, fields }
	]);
}

const challengeFields = (c: Challenge | null): ConflictField[] => [
	{ label: 'mapping.challenge.field.dimension', value: c?.dimension ?? null, valueKey: c ? dimensionLabelKeys[c.dimension] : undefined },
	{ label: 'mapping.challenge.field.kind', value: c?.kind ?? null, valueKey: c ? challengeKindLabelKeys[c.kind] : undefined },
	{ label: 'mapping.challenge.field.text', value: c?.text ?? null },
	{ label: 'mapping.field.targetCodes', value: c?.targetCodes.join(', ') ?? null }
];

const documentFields = (d: SteeringDocument | null): ConflictField[] => [
	{ label: 'mapping.document.field.name', value: d?.name ?? null },
	{ label: 'mapping.document.field.type', value: d?.type ?? null, valueKey: d ? documentTypeLabelKeys[d.type] : undefined },
	{ label: 'mapping.document.field.url', value: d?.url ?? null },
	{ label: 'mapping.field.targetCodes', value: d?.targetCodes.join(', ') ?? null }
];

export async function createChallenge(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, input: challenges.ChallengeInput) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	checkTargets(input.targetCodes);
	return ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const item = await challenges.insertChallenge(trx, scope, input, access.actor.userId);
		await audit(trx, access, scope, 'challenge.create', 'challenge', item.id, { after: input });
		return item;
	});
}

export async function updateChallenge(
	ctx: Ctx,
	organisationId: string,
	cycleId: string,
	unitId: string,
	challengeId: string,
	input: challenges.ChallengeInput & { version: number }
) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	const { version, ...value } = input;
	checkTargets(value.targetCodes);
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = isUuid(challengeId) ? await challenges.findChallenge(trx, scope, challengeId) : null;
		if (!before) throw notFound();
		if (!(await challenges.updateChallenge(trx, scope, challengeId, version, value, access.actor.userId))) {
			const now = await challenges.findChallenge(trx, scope, challengeId);
			throw await conflict(trx, scope, before.text.slice(0, 60), now, challengeFields(now));
		}
		const { dimension, kind, text, targetCodes } = before;
		await audit(trx, access, scope, 'challenge.update', 'challenge', challengeId, { before: { dimension, kind, text, targetCodes }, after: value });
	});
}

export async function deleteChallenge(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, challengeId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = isUuid(challengeId) ? await challenges.findChallenge(trx, scope, challengeId) : null;
		if (!before) throw notFound();
		await challenges.deleteChallenge(trx, scope, challengeId);
		await audit(trx, access, scope, 'challenge.delete', 'challenge', challengeId, { before: { dimension: before.dimension, kind: before.kind, text: before.text } });
	});
}

function checkDocument(input: documents.DocumentInput): void {
	if (input.url !== null && !isWebLink(input.url)) throw new ServiceError(400, 'mapping.error.url', { field: 'url' });
	checkTargets(input.targetCodes);
}

export async function createDocument(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, input: documents.DocumentInput) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	checkDocument(input);
	return ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const doc = await documents.insertDocument(trx, scope, input, access.actor.userId);
		await audit(trx, access, scope, 'document.create', 'document', doc.id, { after: input });
		return doc;
	});
}

export async function updateDocument(
	ctx: Ctx,
	organisationId: string,
	cycleId: string,
	unitId: string,
	documentId: string,
	input: documents.DocumentInput & { version: number }
) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	const { version, ...value } = input;
	checkDocument(value);
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = isUuid(documentId) ? await documents.findDocument(trx, scope, documentId) : null;
		if (!before) throw notFound();
		if (!(await documents.updateDocument(trx, scope, documentId, version, value, access.actor.userId))) {
			const now = await documents.findDocument(trx, scope, documentId);
			throw await conflict(trx, scope, before.name, now, documentFields(now));
		}
		const { name, type, url, targetCodes } = before;
		await audit(trx, access, scope, 'document.update', 'document', documentId, { before: { name, type, url, targetCodes }, after: value });
	});
}

export async function deleteDocument(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, documentId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = isUuid(documentId) ? await documents.findDocument(trx, scope, documentId) : null;
		if (!before) throw notFound();
		await documents.deleteDocument(trx, scope, documentId);
		await audit(trx, access, scope, 'document.delete', 'document', documentId, { before: { name: before.name, type: before.type } });
	});
}
