// The nulägesanalys as the installation's operator exports it from the CLI, acting as the installation (no
// signed-in user, as installation.service.ts): one organisation's report of a cycle (or its newest) in a
// format. Whoever can run the CLI already holds the database. The web app never calls this.
import { isUuid } from '#lib/domain/ids.js';
import type { Db } from '../db/index.js';
import { buildReport } from '../reports/build.js';
import type { ReportModel } from '../reports/model.js';
import * as cycles from '../repositories/cycle.repository.js';
import { findOrganisation } from '../repositories/organisation.repository.js';
import { loadReportSource } from './report.service.js';

export class UnknownReportError extends Error {}

export async function reportForInstallation({ db }: { db: Db }, organisationId: string, cycle: string): Promise<ReportModel> {
	if (!isUuid(organisationId) || !(await findOrganisation(db, organisationId))) throw new UnknownReportError(`Organisationen ${organisationId} finns inte i installationen.`);
	const list = await cycles.listCycles(db, organisationId);
	const found = cycle === 'latest' ? list[0] : list.find((c) => c.id === cycle.toLowerCase());
	if (!found) throw new UnknownReportError(cycle === 'latest' ? 'Organisationen har ingen kartläggning.' : `Kartläggningen ${cycle} finns inte i organisationen.`);
	return buildReport(await loadReportSource(db, organisationId, found.id), 'sv');
}
