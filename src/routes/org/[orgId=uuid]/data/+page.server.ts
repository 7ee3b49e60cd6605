import type { PageServerLoad } from './$types';
import { ORG_EXPORT_SCHEMA_PATH } from '#lib/validation/org-transfer.js';
import { requireOrgExport } from '#lib/server/services/org-export.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

export const load: PageServerLoad = async ({ locals, params }) => {
	await guard(locals, () => requireOrgExport(actorOf(locals), params.orgId));
	return { schemaPath: ORG_EXPORT_SCHEMA_PATH };
};
