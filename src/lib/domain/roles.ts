// Roles within an organisation and what each may do: the one role → capability table.
export const roles = ['samordnare', 'processledare', 'deltagare', 'rådsledamot', 'läsare'] as const;
export type Role = (typeof roles)[number];

export const capabilities = [
	'org.view', // see the organisation, its units and vision
	'org.manage', // edit the organisation, units, members and invitations
	'members.view', // see who the members are and their roles
	'mapping.view', // see the kartläggning of every unit
	'mapping.edit', // fill in the kartläggning of the units one belongs to
	'mapping.editAll', // fill in the kartläggning of any unit
	'workshop.run', // create and facilitate workshops
	'council.view', // see the analysis and the council items
	'council.work', // comment on and change the status of council items
	'interactions.score', // score target interactions, settle agreed scores, import a matrix
	'data.export', // export the nulägesanalys, action plan and data
	'statistics.import' // import statistics (Kolada files)
] as const;
export type Capability = (typeof capabilities)[number];

export const roleCapabilities: Record<Role, readonly Capability[]> = {
	samordnare: capabilities,
	processledare: ['org.view', 'members.view', 'mapping.view', 'mapping.edit', 'mapping.editAll', 'workshop.run', 'council.view', 'interactions.score'],
	deltagare: ['org.view', 'mapping.view', 'mapping.edit'],
	rådsledamot: ['org.view', 'mapping.view', 'council.view', 'council.work', 'interactions.score'],
	läsare: ['org.view', 'mapping.view', 'council.view']
};

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, capability: Capability): boolean {
	return roleCapabilities[role].includes(capability);
}

/** i18n keys for the role names, written out so the catalogue test sees them used. */
export const roleLabelKeys = {
	samordnare: 'role.samordnare',
	processledare: 'role.processledare',
	deltagare: 'role.deltagare',
	rådsledamot: 'role.radsledamot',
	läsare: 'role.lasare'
} as const satisfies Record<Role, string>;
