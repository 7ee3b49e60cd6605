import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '#lib/domain/roles.js';
import { changeMemberRole, listMembers, removeMember, setMemberUnits } from '#lib/server/services/member.service.js';
import { createInvitation, listOpenInvitations, revokeInvitation } from '#lib/server/services/invitation.service.js';
import { listUnits } from '#lib/server/services/unit.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { changeRoleSchema, removeMemberSchema, setUnitsSchema } from '#lib/validation/member.js';
import { createInvitationSchema, revokeInvitationSchema } from '#lib/validation/invitation.js';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { role } = await parent();
	const ctx = actorOf(locals);
	return guard(locals, async () => {
		const members = await listMembers(ctx, params.orgId);
		const { units } = await listUnits(ctx, params.orgId);
		const invitations = can(role, 'org.manage') ? await listOpenInvitations(ctx, params.orgId) : [];
		return {
			members,
			units,
			invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, unitId: i.unitId, expiresAt: i.expiresAt })),
			now: new Date()
		};
	});
};

export const actions: Actions = {
	role: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(changeRoleSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await changeMemberRole(actorOf(locals), params.orgId, parsed.data.userId, parsed.data.role);
			return { notice: 'member.notice.role' as const };
		});
	},
	units: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(setUnitsSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await setMemberUnits(actorOf(locals), params.orgId, parsed.data.userId, parsed.data.unitIds);
			return { notice: 'member.notice.units' as const };
		});
	},
	remove: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(removeMemberSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, formValues(form), async () => {
			await removeMember(actorOf(locals), params.orgId, parsed.data.userId);
			return { notice: 'member.notice.removed' as const };
		});
		// Someone who left the organisation can no longer see this page.
		if (!('status' in result) && parsed.data.userId === locals.user?.id) redirect(303, '/');
		return result;
	},
	invite: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(createInvitationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			const { invitation, token } = await createInvitation(actorOf(locals), params.orgId, parsed.data);
			return { invited: { email: invitation.email, path: `/inbjudan/${token}` } };
		});
	},
	revoke: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(revokeInvitationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await revokeInvitation(actorOf(locals), params.orgId, parsed.data.invitationId);
			return { notice: 'invitation.notice.revoked' as const };
		});
	}
};
