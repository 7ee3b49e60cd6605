// Organisation isolation at the HTTP edge, table-driven: a samordnare of Alingsås (A) tries every page,
// data endpoint and form action of Borlänge (B), with B's real ids, and gets 404 every time; B's data is
// unchanged afterwards. Inside A, a läsare gets 403 on every managing action. Later features add rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';
import { Client, idsOfField, orgIdsIn, parseDemoLogins, type DemoLogin } from './http-client.js';

let app: RunningApp;
let logins: DemoLogin[];
const ids = {
	orgA: '',
	orgB: '',
	unitB: '',
	otherUnitB: '',
	userB: '',
	invitationB: '',
	unitA: '',
	cycleA: '',
	cycleB: '',
	activityB: '',
	contributionB: '',
	challengeB: '',
	documentB: ''
};

/** The mapping page of a unit in a cycle. */
const unitPage = (org: string, cycle: string, unit: string) => `/org/${org}/kartlaggning/${cycle}/${unit}`;
const unitB = () => unitPage(ids.orgB, ids.cycleB, ids.unitB);
const unitA = () => unitPage(ids.orgA, ids.cycleA, ids.unitA);

/** Starts a cycle through the organisation's own form; the answer redirects to the new cycle. */
async function createCycle(c: Client, orgId: string): Promise<string> {
	const res = await c.post(`/org/${orgId}/kartlaggning?/create`, { name: 'Kartläggning 2026', year: '2026', start: 'empty' });
	expect(res.status).toBe(303);
	const id = /\/kartlaggning\/([0-9a-f-]{36})$/.exec(res.location ?? '')?.[1];
	return first(id ? [id] : []);
}

const link = { targetCode: '11.6', direction: 'bidrar', strength: '2', directness: 'direkt', motivation: '', indicatorKind: '', indicatorRef: '' };

function first(list: string[]): string {
	if (!list[0]) throw new Error('expected an id on the page');
	return list[0];
}

function loginFor(role: string, organisation: string | null) {
	const l = logins.find((x) => x.role === role && x.organisation === organisation);
	if (!l) throw new Error(`no demo login for ${role} in ${organisation}`);
	return l;
}

async function clientAs(role: string, organisation: string | null) {
	const c = new Client(app.url);
	const l = loginFor(role, organisation);
	await c.login(l.email, l.password);
	return c;
}

beforeAll(async () => {
	app = await startApp({ demo: true });
	logins = parseDemoLogins(await app.output());
	expect(logins.length).toBeGreaterThanOrEqual(7);

	const b = await clientAs('samordnare', 'Borlänge');
	ids.orgB = first(orgIdsIn((await b.get('/')).body));
	const units = idsOfField((await b.get(`/org/${ids.orgB}/enheter`)).body, 'unitId');
	ids.unitB = first(units);
	ids.otherUnitB = first(units.slice(1));
	// An open invitation in B, so that its id exists to be attacked.
	const invited = await b.post(`/org/${ids.orgB}/medlemmar?/invite`, { email: 'ny@borlange.example.se', role: 'läsare', unitId: '' });
	expect(invited.status).toBe(200);
	const members = (await b.get(`/org/${ids.orgB}/medlemmar`)).body;
	ids.userB = first(idsOfField(members, 'userId'));
	ids.invitationB = first(idsOfField(members, 'invitationId'));

	// B's mapping, made through B's own forms: a cycle, and for a unit a grunduppdrag, a goal's relevance,
	// an activity with a contribution, a challenge and a steering document.
	ids.cycleB = await createCycle(b, ids.orgB);
	const post = async (action: string, body: Record<string, string>) => {
		const res = await b.post(`${unitB()}?/${action}`, body);
		expect(res.status, action).toBe(200);
		return res.body;
	};
	await post('grunduppdrag', { section: 'grunduppdrag', version: '0', text: 'Borlänges eget grunduppdrag.' });
	await post('goals', { section: 'goals', 'version-7': '0', 'level-7': 'hög', 'motivation-7': '' });
	ids.activityB = first(idsOfField(await post('addActivity', { section: 'activity-new', name: 'Fjärrvärme', description: '', owner: '' }), 'activityId'));
	ids.contributionB = first(idsOfField(await post('addContribution', { section: 'x', activityId: ids.activityB, ...link, targetCode: '7.2' }), 'contributionId'));
	ids.challengeB = first(idsOfField(await post('addChallenge', { section: 'x', dimension: 'ekologisk', kind: 'möjlighet', text: 'Spillvärme', targetCodes: '' }), 'challengeId'));
	ids.documentB = first(idsOfField(await post('addDocument', { section: 'x', name: 'Energiplan', type: 'plan', url: '', targetCodes: '' }), 'documentId'));

	const a = await clientAs('samordnare', 'Alingsås');
	ids.orgA = first(orgIdsIn((await a.get('/')).body));
	ids.unitA = first(idsOfField((await a.get(`/org/${ids.orgA}/enheter`)).body, 'unitId'));
	ids.cycleA = await createCycle(a, ids.orgA);
	for (const [k, v] of Object.entries(ids)) expect(v, k).toMatch(/^[0-9a-f-]{36}$/);
	expect(ids.orgA).not.toBe(ids.orgB);
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

type Row = { name: string; method: 'GET' | 'POST'; path: () => string; body?: () => Record<string, string | string[]> };

/** Every page, data endpoint and action of an organisation, aimed at B with B's ids. */
const crossOrganisation: Row[] = [
	{ name: 'overview page', method: 'GET', path: () => `/org/${ids.orgB}` },
	{ name: 'overview data', method: 'GET', path: () => `/org/${ids.orgB}/__data.json` },
	{ name: 'unit tree page', method: 'GET', path: () => `/org/${ids.orgB}/enheter` },
	{ name: 'unit tree data', method: 'GET', path: () => `/org/${ids.orgB}/enheter/__data.json` },
	{ name: 'members page', method: 'GET', path: () => `/org/${ids.orgB}/medlemmar` },
	{ name: 'members data', method: 'GET', path: () => `/org/${ids.orgB}/medlemmar/__data.json` },
	{ name: 'edit organisation', method: 'POST', path: () => `/org/${ids.orgB}?/update`, body: () => ({ name: 'Övertagen', kind: 'kommun', koladaId: '2081', vision: '' }) },
	{ name: 'add unit', method: 'POST', path: () => `/org/${ids.orgB}/enheter?/create`, body: () => ({ name: 'Intrång', type: 'nämnd', parentId: ids.unitB }) },
	{ name: 'rename unit', method: 'POST', path: () => `/org/${ids.orgB}/enheter?/update`, body: () => ({ unitId: ids.unitB, name: 'Intrång', type: 'bolag' }) },
	{ name: 'move unit', method: 'POST', path: () => `/org/${ids.orgB}/enheter?/move`, body: () => ({ unitId: ids.unitB, parentId: ids.otherUnitB }) },
	{ name: 'reorder unit', method: 'POST', path: () => `/org/${ids.orgB}/enheter?/reorder`, body: () => ({ unitId: ids.unitB, position: '5' }) },
	{ name: 'delete unit', method: 'POST', path: () => `/org/${ids.orgB}/enheter?/delete`, body: () => ({ unitId: ids.unitB }) },
	{ name: 'change role', method: 'POST', path: () => `/org/${ids.orgB}/medlemmar?/role`, body: () => ({ userId: ids.userB, role: 'läsare' }) },
	{ name: 'set member units', method: 'POST', path: () => `/org/${ids.orgB}/medlemmar?/units`, body: () => ({ userId: ids.userB, unitIds: [ids.unitB] }) },
	{ name: 'remove member', method: 'POST', path: () => `/org/${ids.orgB}/medlemmar?/remove`, body: () => ({ userId: ids.userB }) },
	{ name: 'invite', method: 'POST', path: () => `/org/${ids.orgB}/medlemmar?/invite`, body: () => ({ email: 'spion@example.se', role: 'samordnare', unitId: '' }) },
	{ name: 'revoke invitation', method: 'POST', path: () => `/org/${ids.orgB}/medlemmar?/revoke`, body: () => ({ invitationId: ids.invitationB }) },
	// B's ids smuggled into A's own routes.
	{ name: "B's unit through A's rename", method: 'POST', path: () => `/org/${ids.orgA}/enheter?/update`, body: () => ({ unitId: ids.unitB, name: 'Intrång', type: 'bolag' }) },
	{ name: "B's unit through A's delete", method: 'POST', path: () => `/org/${ids.orgA}/enheter?/delete`, body: () => ({ unitId: ids.unitB }) },
	{ name: "B's unit as parent in A", method: 'POST', path: () => `/org/${ids.orgA}/enheter?/move`, body: () => ({ unitId: ids.unitA, parentId: ids.unitB }) },
	{ name: "B's member through A's role change", method: 'POST', path: () => `/org/${ids.orgA}/medlemmar?/role`, body: () => ({ userId: ids.userB, role: 'läsare' }) },
	{ name: "B's invitation through A's revoke", method: 'POST', path: () => `/org/${ids.orgA}/medlemmar?/revoke`, body: () => ({ invitationId: ids.invitationB }) },
	// The kartläggning: B's pages, data and actions with B's ids …
	{ name: 'mapping cycles page', method: 'GET', path: () => `/org/${ids.orgB}/kartlaggning` },
	{ name: 'mapping cycles data', method: 'GET', path: () => `/org/${ids.orgB}/kartlaggning/__data.json` },
	{ name: 'create cycle', method: 'POST', path: () => `/org/${ids.orgB}/kartlaggning?/create`, body: () => ({ name: 'Intrång', year: '2027', start: 'copy' }) },
	{ name: 'close cycle', method: 'POST', path: () => `/org/${ids.orgB}/kartlaggning?/status`, body: () => ({ cycleId: ids.cycleB, status: 'closed' }) },
	{ name: 'cycle page', method: 'GET', path: () => `/org/${ids.orgB}/kartlaggning/${ids.cycleB}` },
	{ name: 'cycle data', method: 'GET', path: () => `/org/${ids.orgB}/kartlaggning/${ids.cycleB}/__data.json` },
	{ name: 'unit mapping page', method: 'GET', path: () => unitB() },
	{ name: 'unit mapping data', method: 'GET', path: () => `${unitB()}/__data.json` },
	{ name: 'save grunduppdrag', method: 'POST', path: () => `${unitB()}?/grunduppdrag`, body: () => ({ version: '1', text: 'Intrång' }) },
	{ name: 'set goal relevance', method: 'POST', path: () => `${unitB()}?/goals`, body: () => ({ 'version-7': '1', 'level-7': 'ej_relevant', 'motivation-7': 'Intrång' }) },
	{ name: 'set target relevance', method: 'POST', path: () => `${unitB()}?/targets`, body: () => ({ 'version-7.2': '0', 'level-7.2': 'låg' }) },
	{ name: 'add activity', method: 'POST', path: () => `${unitB()}?/addActivity`, body: () => ({ name: 'Intrång' }) },
	{ name: 'edit activity', method: 'POST', path: () => `${unitB()}?/updateActivity`, body: () => ({ activityId: ids.activityB, version: '1', name: 'Intrång' }) },
	{ name: 'delete activity', method: 'POST', path: () => `${unitB()}?/deleteActivity`, body: () => ({ activityId: ids.activityB }) },
	{ name: 'add contribution', method: 'POST', path: () => `${unitB()}?/addContribution`, body: () => ({ activityId: ids.activityB, ...link }) },
	{ name: 'edit contribution', method: 'POST', path: () => `${unitB()}?/updateContribution`, body: () => ({ contributionId: ids.contributionB, version: '1', ...link }) },
	{ name: 'delete contribution', method: 'POST', path: () => `${unitB()}?/deleteContribution`, body: () => ({ contributionId: ids.contributionB }) },
	{ name: 'add challenge', method: 'POST', path: () => `${unitB()}?/addChallenge`, body: () => ({ dimension: 'social', kind: 'utmaning', text: 'Intrång' }) },
	{ name: 'edit challenge', method: 'POST', path: () => `${unitB()}?/updateChallenge`, body: () => ({ challengeId: ids.challengeB, version: '1', dimension: 'social', kind: 'utmaning', text: 'Intrång' }) },
	{ name: 'delete challenge', method: 'POST', path: () => `${unitB()}?/deleteChallenge`, body: () => ({ challengeId: ids.challengeB }) },
	{ name: 'add document', method: 'POST', path: () => `${unitB()}?/addDocument`, body: () => ({ name: 'Intrång', type: 'policy' }) },
	{ name: 'edit document', method: 'POST', path: () => `${unitB()}?/updateDocument`, body: () => ({ documentId: ids.documentB, version: '1', name: 'Intrång', type: 'policy' }) },
	{ name: 'delete document', method: 'POST', path: () => `${unitB()}?/deleteDocument`, body: () => ({ documentId: ids.documentB }) },
	// … and B's ids smuggled into A's own mapping routes.
	{ name: "B's cycle through A's close", method: 'POST', path: () => `/org/${ids.orgA}/kartlaggning?/status`, body: () => ({ cycleId: ids.cycleB, status: 'closed' }) },
	{ name: "B's cycle under A", method: 'GET', path: () => `/org/${ids.orgA}/kartlaggning/${ids.cycleB}` },
	{ name: "B's unit in A's cycle", method: 'GET', path: () => unitPage(ids.orgA, ids.cycleA, ids.unitB) },
	{ name: "B's unit in A's cycle, data", method: 'GET', path: () => `${unitPage(ids.orgA, ids.cycleA, ids.unitB)}/__data.json` },
	{ name: "B's unit through A's goal form", method: 'POST', path: () => `${unitPage(ids.orgA, ids.cycleA, ids.unitB)}?/goals`, body: () => ({ 'version-7': '1', 'level-7': 'låg' }) },
	{ name: "B's activity through A's edit", method: 'POST', path: () => `${unitA()}?/updateActivity`, body: () => ({ activityId: ids.activityB, version: '1', name: 'Intrång' }) },
	{ name: "B's activity through A's delete", method: 'POST', path: () => `${unitA()}?/deleteActivity`, body: () => ({ activityId: ids.activityB }) },
	{ name: "B's activity through A's new contribution", method: 'POST', path: () => `${unitA()}?/addContribution`, body: () => ({ activityId: ids.activityB, ...link }) },
	{ name: "B's contribution through A's edit", method: 'POST', path: () => `${unitA()}?/updateContribution`, body: () => ({ contributionId: ids.contributionB, version: '1', ...link }) },
	{ name: "B's contribution through A's delete", method: 'POST', path: () => `${unitA()}?/deleteContribution`, body: () => ({ contributionId: ids.contributionB }) },
	{ name: "B's challenge through A's edit", method: 'POST', path: () => `${unitA()}?/updateChallenge`, body: () => ({ challengeId: ids.challengeB, version: '1', dimension: 'social', kind: 'utmaning', text: 'Intrång' }) },
	{ name: "B's challenge through A's delete", method: 'POST', path: () => `${unitA()}?/deleteChallenge`, body: () => ({ challengeId: ids.challengeB }) },
	{ name: "B's document through A's edit", method: 'POST', path: () => `${unitA()}?/updateDocument`, body: () => ({ documentId: ids.documentB, version: '1', name: 'Intrång', type: 'policy' }) },
	{ name: "B's document through A's delete", method: 'POST', path: () => `${unitA()}?/deleteDocument`, body: () => ({ documentId: ids.documentB }) }
];

async function send(c: Client, row: Row) {
	return row.method === 'GET' ? c.get(row.path()) : c.post(row.path(), row.body!());
}

describe('a member of another organisation', () => {
	it.each(crossOrganisation.map((r) => [r.name, r] as const))('gets 404: %s', async (_name, row) => {
		const a = await clientAs('samordnare', 'Alingsås');
		const res = await send(a, row);
		if (row.path().endsWith('__data.json')) {
			// SvelteKit answers a data request 200 and puts each route node's outcome inside.
			const nodes = (JSON.parse(res.body) as { nodes: Array<{ type: string; error?: { status: number } } | null> }).nodes;
			expect(nodes.filter((n) => n?.type === 'error').map((n) => n!.error!.status)).toContain(404);
		} else {
			expect(res.status).toBe(404);
		}
		expect(res.body).not.toContain('Tunabyggen');
		expect(res.body).not.toContain('Borlänge');
		expect(res.body).not.toContain(ids.unitB);
	});

	it('has changed nothing of B', async () => {
		const b = await clientAs('samordnare', 'Borlänge');
		const tree = (await b.get(`/org/${ids.orgB}/enheter`)).body;
		expect(tree).toContain('Tunabyggen');
		expect(tree).not.toContain('Intrång');
		expect(idsOfField(tree, 'unitId')).toContain(ids.unitB);
		const members = (await b.get(`/org/${ids.orgB}/medlemmar`)).body;
		expect(idsOfField(members, 'invitationId')).toContain(ids.invitationB);
		expect(members).not.toContain('spion@example.se');
		expect((await b.get(`/org/${ids.orgB}`)).body).not.toContain('Övertagen');
		const cycles = (await b.get(`/org/${ids.orgB}/kartlaggning`)).body;
		expect(cycles).not.toContain('Intrång');
		expect(cycles).toContain('Stäng omgången'); // still open
		const mapping = (await b.get(unitB())).body;
		for (const text of ['Borlänges eget grunduppdrag.', 'Fjärrvärme', 'Spillvärme', 'Energiplan']) expect(mapping).toContain(text);
		expect(mapping).not.toContain('Intrång');
		expect(idsOfField(mapping, 'contributionId')).toContain(ids.contributionB);
		expect(mapping).toMatch(/name="level-7" value="hög" checked/);
	});

	it('the system administrator, not a member, sees no organisation data either', async () => {
		const admin = await clientAs('systemadministratör', null);
		for (const path of [`/org/${ids.orgA}`, `/org/${ids.orgB}/enheter`, `/org/${ids.orgB}/medlemmar`]) {
			expect((await admin.get(path)).status, path).toBe(404);
		}
		expect((await admin.get('/admin')).status).toBe(200);
	});

	it('anyone signed out is sent to sign in, and an unknown or malformed id is 404', async () => {
		const anon = new Client(app.url);
		const res = await anon.get(`/org/${ids.orgA}`);
		expect([303, 401]).toContain(res.status);
		const a = await clientAs('samordnare', 'Alingsås');
		expect((await a.get('/org/00000000-0000-4000-8000-000000000000')).status).toBe(404);
		expect((await a.get('/org/inte-ett-id')).status).toBe(404);
	});
});

describe('a läsare in the own organisation', () => {
	it('sees the kartläggning, read-only', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		expect((await reader.get(`/org/${ids.orgA}/kartlaggning`)).status).toBe(200);
		expect((await reader.get(`/org/${ids.orgA}/kartlaggning/${ids.cycleA}`)).status).toBe(200);
		const page = await reader.get(unitA());
		expect(page.status).toBe(200);
		expect(page.body).toContain('Du kan läsa kartläggningen men inte ändra den.');
		expect(page.body).not.toContain('?/goals');
	});

	it('sees the organisation and its units', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		expect((await reader.get(`/org/${ids.orgA}`)).status).toBe(200);
		const tree = await reader.get(`/org/${ids.orgA}/enheter`);
		expect(tree.status).toBe(200);
		expect(tree.body).toContain('Socialnämnden');
	});

	it('gets 403 on every managing action', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		const rows: Array<{ name: string; path: string; body: Record<string, string> | null }> = [
			{ name: 'edit organisation', path: `/org/${ids.orgA}?/update`, body: { name: 'X', kind: 'kommun', koladaId: '1489', vision: '' } },
			{ name: 'add unit', path: `/org/${ids.orgA}/enheter?/create`, body: { name: 'X', type: 'nämnd', parentId: '' } },
			{ name: 'rename unit', path: `/org/${ids.orgA}/enheter?/update`, body: { unitId: ids.unitA, name: 'X', type: 'nämnd' } },
			{ name: 'move unit', path: `/org/${ids.orgA}/enheter?/move`, body: { unitId: ids.unitA, parentId: '' } },
			{ name: 'reorder unit', path: `/org/${ids.orgA}/enheter?/reorder`, body: { unitId: ids.unitA, position: '3' } },
			{ name: 'delete unit', path: `/org/${ids.orgA}/enheter?/delete`, body: { unitId: ids.unitA } },
			{ name: 'invite', path: `/org/${ids.orgA}/medlemmar?/invite`, body: { email: 'x@example.se', role: 'samordnare', unitId: '' } },
			{ name: 'members page', path: `/org/${ids.orgA}/medlemmar`, body: null },
			{ name: 'create cycle', path: `/org/${ids.orgA}/kartlaggning?/create`, body: { name: 'X', year: '2030', start: 'empty' } },
			{ name: 'close cycle', path: `/org/${ids.orgA}/kartlaggning?/status`, body: { cycleId: ids.cycleA, status: 'closed' } },
			{ name: 'save grunduppdrag', path: `${unitA()}?/grunduppdrag`, body: { version: '0', text: 'X' } },
			{ name: 'set goal relevance', path: `${unitA()}?/goals`, body: { 'version-7': '0', 'level-7': 'låg' } },
			{ name: 'add activity', path: `${unitA()}?/addActivity`, body: { name: 'X' } },
			{ name: 'add challenge', path: `${unitA()}?/addChallenge`, body: { dimension: 'social', kind: 'utmaning', text: 'X' } },
			{ name: 'add document', path: `${unitA()}?/addDocument`, body: { name: 'X', type: 'plan' } }
		];
		for (const row of rows) {
			const res = row.body ? await reader.post(row.path, row.body) : await reader.get(row.path);
			expect(res.status, row.name).toBe(403);
		}
	});
});
