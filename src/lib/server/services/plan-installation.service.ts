// The handlingsplan as the installation's operator reads it from the CLI, acting as the installation (no
// signed-in user, as in installation.service.ts): every plan of one organisation with its measures in
// number order, their units by name, SDG targets and current status. The web app never calls this.
import { isUuid } from '#lib/domain/ids.js';
import type { FollowUpStatus } from '#lib/domain/plan.js';
import type { Db } from '../db/index.js';
import { findOrganisation } from '../repositories/organisation.repository.js';
import * as plans from '../repositories/plan.repository.js';
import { loadPlanView } from './plan.service.js';

export class UnknownOrganisationError extends Error {}

export interface InstallationPlan {
	id: string;
	title: string;
	period: string;
	measures: Array<{ number: number; title: string; units: string[]; targets: string[]; status: FollowUpStatus | null }>;
}

/**
 * A measure's status: the latest reported status over its units at the latest point anyone reported at
 * ("försenad" first, then "pågår", …), or null when nothing has been reported yet.
 */
const order: FollowUpStatus[] = ['försenad', 'pågår', 'ej_påbörjad', 'avbruten', 'genomförd'];

export async function listPlansForInstallation({ db }: { db: Db }, organisationId: string): Promise<InstallationPlan[]> {
	if (!isUuid(organisationId) || !(await findOrganisation(db, organisationId))) throw new UnknownOrganisationError(`Organisationen ${organisationId} finns inte i installationen.`);
	const out: InstallationPlan[] = [];
	for (const plan of await plans.listPlans(db, organisationId)) {
		const view = await loadPlanView(db, organisationId, plan.id);
		out.push({
			id: plan.id,
			title: plan.title,
			period: plan.periodStart === plan.periodEnd ? String(plan.periodStart) : `${plan.periodStart}–${plan.periodEnd}`,
			measures: view.rows.map((r) => {
				const latest = [...view.points].reverse().map((p) => r.cells.flatMap((c) => (c.byPoint[p.id] ? [c.byPoint[p.id]!.status] : []))).find((s) => s.length) ?? [];
				return { number: r.measure.number, title: r.measure.title, units: r.units.map((u) => u.name), targets: r.measure.targetCodes, status: order.find((s) => latest.includes(s)) ?? null };
			})
		});
	}
	return out;
}
