// Organisations: the member's view, and the installation administrator's creation of new ones.
import * as orgs from '../repositories/organisation.repository.js';
import { requireActor, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound } from './errors.js';

export async function listMyOrganisations(ctx: Ctx) {
	const actor = requireActor(ctx);
	return orgs.listOrganisationsOfUser(ctx.db, actor.userId);
}

export async function getOrganisationOverview(ctx: Ctx, organisationId: string) {
	const access = await requireOrg(ctx, organisationId, 'org.view');
	const org = await orgs.findOrganisation(ctx.db, organisationId);
	if (!org) throw notFound();
	return { organisation: org, focusAreas: await orgs.listFocusAreas(ctx.db, organisationId), role: access.role };
}

/** The samordnare edits name, kind, Kolada code and vision; the vision's name is kept. */
export async function updateOrganisationDetails(
	ctx: Ctx,
	organisationId: string,
	input: { name: string; kind: 'kommun' | 'region'; koladaId: string | null; vision: string | null }
) {
	await requireOrg(ctx, organisationId, 'org.manage');
	const org = await orgs.findOrganisation(ctx.db, organisationId);
	if (!org) throw notFound();
	await orgs.updateOrganisation(ctx.db, organisationId, { ...input, visionName: org.visionName });
}
