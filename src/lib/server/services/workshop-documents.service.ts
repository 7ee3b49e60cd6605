// The steering documents step as the processledare runs it: the participants' proposals grouped (a new
// document by its name, targets for a document the unit already has by that document), counted without
// names, and adopted into the unit's documents through the board service (a stale version is a 409).
// Adopting twice changes nothing the second time.
import type { DocumentType } from '#lib/domain/mapping.js';
import type { DocumentProposal, Workshop } from '#lib/domain/workshop.js';
import * as documents from '../repositories/document.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { createDocument, updateDocument } from './board.service.js';
import { notFound } from './errors.js';
import { scopeOf } from './workshop-items.js';
import { withWorkshopEvents, workshopChannel } from './workshop-live.js';
import type { Db } from '../db/index.js';

export interface DocumentGroup {
	/** The unit's document the proposals concern; null for a document not yet among the unit's. */
	documentId: string | null;
	name: string;
	type: DocumentType;
	url: string | null;
	/** The document's version (0 for a new one): adopting checks it. */
	version: number;
	/** How many proposals the group holds (never who made them). */
	count: number;
	/** Proposed targets with how many proposed each, most proposed first. */
	targets: Array<{ code: string; count: number }>;
	/** The targets the unit's document already has. */
	current: string[];
	/** Everything proposed is already in the unit's documents. */
	adopted: boolean;
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** The proposals of the step, grouped and counted; the unit's documents nobody proposed anything for are left out. */
export async function consoleDocuments(db: Db, w: Workshop): Promise<DocumentGroup[]> {
	const [answers, list] = await Promise.all([
		workshops.currentAnswers(db, w.organisationId, w.id, w.currentUnitId, 'document'),
		documents.listDocuments(db, scopeOf(w))
	]);
	const byId = new Map(list.map((d) => [d.id, d]));
	const byName = new Map(list.map((d) => [nameKey(d.name), d]));
	const groups = new Map<string, DocumentGroup & { tally: Map<string, number> }>();
	for (const a of [...answers].sort((x, y) => x.seq - y.seq)) {
		const v = a.value as DocumentProposal;
		const doc = v.existing ? byId.get(a.subject) : byName.get(nameKey(v.name));
		if (v.existing && !doc) continue;
		const key = doc ? `doc:${doc.id}` : `new:${nameKey(v.name)}`;
		const g = groups.get(key) ?? {
			documentId: doc?.id ?? null,
			name: doc?.name ?? v.name.trim(),
			type: doc?.type ?? v.type,
			url: doc ? doc.url : v.url,
			version: doc?.version ?? 0,
			count: 0,
			targets: [],
			current: doc?.targetCodes ?? [],
			adopted: false,
			tally: new Map<string, number>()
		};
		g.count++;
		if (!doc && !g.url && v.url) g.url = v.url;
		for (const code of v.targetCodes) g.tally.set(code, (g.tally.get(code) ?? 0) + 1);
		groups.set(key, g);
	}
	return [...groups.values()]
		.map(({ tally, ...g }) => {
			const targets = [...tally].map(([code, count]) => ({ code, count })).sort((x, y) => y.count - x.count || x.code.localeCompare(y.code, 'sv', { numeric: true }));
			return { ...g, targets, adopted: g.documentId !== null && targets.every((t) => g.current.includes(t.code)) };
		})
		.sort((x, y) => Number(x.adopted) - Number(y.adopted) || y.count - x.count || x.name.localeCompare(y.name, 'sv'));
}

export interface AdoptDocument {
	/** The unit's document to add the proposed targets to; none for a proposed new document (found by name). */
	documentId?: string;
	name?: string | null;
	/** The version the console showed. */
	version: number;
}

/** Adopts a group of proposals: creates the new document, or adds the proposed targets to the unit's one. */
export async function adoptDocument(ctx: Ctx, organisationId: string, workshopId: string, a: AdoptDocument): Promise<{ seq: number }> {
	await requireOrg(ctx, organisationId, 'workshop.run');
	const w = isUuid(workshopId) ? await workshops.findWorkshop(ctx.db, organisationId, workshopId) : null;
	if (!w) throw notFound();
	const groups = await consoleDocuments(ctx.db, w);
	if (a.documentId) {
		const doc = isUuid(a.documentId) ? await documents.findDocument(ctx.db, scopeOf(w), a.documentId) : null;
		if (!doc) throw notFound();
		const proposed = groups.find((g) => g.documentId === doc.id)?.targets.map((t) => t.code) ?? [];
		const targetCodes = [...new Set([...doc.targetCodes, ...proposed])];
		if (targetCodes.length === doc.targetCodes.length) return { seq: w.seq };
		await updateDocument(ctx, organisationId, w.cycleId, w.currentUnitId, doc.id, { name: doc.name, type: doc.type, url: doc.url, targetCodes, version: a.version });
		return { seq: await announce(ctx.db, w, doc.id) };
	}
	const key = nameKey(a.name ?? '');
	const group = groups.find((g) => nameKey(g.name) === key);
	if (!group) throw notFound();
	// Adopted before: the proposals now count toward the unit's document of that name.
	if (group.documentId) return adoptDocument(ctx, organisationId, workshopId, { documentId: group.documentId, version: a.version || group.version });
	const doc = await createDocument(ctx, organisationId, w.cycleId, w.currentUnitId, {
		name: group.name,
		type: group.type,
		url: group.url,
		targetCodes: group.targets.map((t) => t.code)
	});
	return { seq: await announce(ctx.db, w, doc.id) };
}

async function announce(db: Db, w: Workshop, documentId: string): Promise<number> {
	return withWorkshopEvents(db, async (trx, queue) => {
		const bumped = (await workshops.changeWorkshop(trx, w.organisationId, w.id, {}))!;
		queue(workshopChannel(w.id), { type: 'agreed', seq: bumped.seq, unitId: w.currentUnitId, kind: 'document', code: documentId });
		return bumped.seq;
	});
}
