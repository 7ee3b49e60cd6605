// The workshop's later steps and members joining as themselves, at the HTTP edge: a samordnare of Alingsås
// (A) gets 404 on every new console action of Borlänge's (B) workshop and with B's ids under A's routes; a
// guest of A's workshop gets 404 posting proposals into B's (answer endpoint and plain form) and for an
// activity id that is not the unit's; a member of B cannot join A's workshop as themselves and has no
// participant page there; a läsare of A joins as themselves and their proposal is acknowledged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '', workshopA: '', workshopB: '', codeA: '', codeB: '', activityA: '' };
let guestA: Client;

const clientAs = (role: string, organisation: string) => demo.clientAs(role, organisation);

/** A workshop on the activities step for the first unit, in the first open cycle (a new one if none). */
async function openWorkshop(c: Client, orgId: string) {
	let form = (await c.get(`/org/${orgId}/workshop`)).body;
	if (!/name="cycleId"[^]*?<option value="[0-9a-f-]{36}"/.test(form)) {
		expect((await c.post(`/org/${orgId}/kartlaggning?/create`, { name: 'Stegisolering', year: '2026', start: 'empty' })).status).toBe(303);
		form = (await c.get(`/org/${orgId}/workshop`)).body;
	}
	const cycleId = /name="cycleId"[^]*?<option value="([0-9a-f-]{36})"/.exec(form)![1]!;
	const unitId = /name="units" value="([0-9a-f-]{36})"/.exec(form)![1]!;
	const created = await c.post(`/org/${orgId}/workshop?/create`, { name: 'Steg', cycleId, units: unitId, steps: ['activities', 'summary'] });
	expect(created.status).toBe(303);
	const workshopId = /\/workshop\/([0-9a-f-]{36})$/.exec(created.location ?? '')![1]!;
	expect((await c.post(`/org/${orgId}/workshop/${workshopId}?/status`, { status: 'open' })).status).toBe(200);
	const code = /data-testid="join-code"[^>]*>([A-Z0-9 ]+)</.exec((await c.get(`/org/${orgId}/workshop/${workshopId}`)).body)![1]!.replace(/\s/g, '');
	return { workshopId, code };
}

const cookieOf = (c: Client) => (c as unknown as { headers(): Record<string, string> }).headers().cookie ?? '';
const postJson = async (c: Client, path: string, body: unknown) =>
	fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookieOf(c) }, body: JSON.stringify(body) });
const proposal = (activityId: string) => ({ id: crypto.randomUUID(), kind: 'contribution', activityId, targetCode: '13.1', decision: 'accepted', source: 'search' });

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const { a, b } = demo;
	const wa = await openWorkshop(a, ids.orgA);
	const wb = await openWorkshop(b, ids.orgB);
	Object.assign(ids, { workshopA: wa.workshopId, codeA: wa.code, workshopB: wb.workshopId, codeB: wb.code });
	guestA = new Client(app.url);
	expect((await guestA.post('/delta?/join', { code: ids.codeA, displayName: 'Gäst A' })).status).toBe(303);
	ids.activityA = /name="activityId" value="([0-9a-f-]{36})"/.exec((await guestA.get(`/delta/${ids.workshopA}`)).body)?.[1] ?? '';
	for (const [k, v] of Object.entries(ids)) expect(v, k).not.toBe('');
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

const consoleB = () => `/org/${ids.orgB}/workshop/${ids.workshopB}`;
const underA = () => `/org/${ids.orgA}/workshop/${ids.workshopB}`;
const settle = () => ({ activityId: ids.activityA, targetCode: '13.1', direction: 'bidrar', strength: '2', directness: 'direkt', version: '0' });
const chip = () => ({ activityId: ids.activityA, targetCode: '13.1', decision: 'accepted', rank: '1', score: '0.5' });

const crossOrganisation: Array<[string, () => string, () => Record<string, string>]> = [
	['settle in B', () => `${consoleB()}?/settle`, settle],
	['group suggestion in B', () => `${consoleB()}?/suggestion`, chip],
	['adopt activity in B', () => `${consoleB()}?/adoptActivity`, () => ({ name: 'X' })],
	["settle in B's workshop under A", () => `${underA()}?/settle`, settle],
	["group suggestion in B's workshop under A", () => `${underA()}?/suggestion`, chip],
	["adopt activity in B's workshop under A", () => `${underA()}?/adoptActivity`, () => ({ name: 'X' })],
	['adopt document in B', () => `${consoleB()}?/adoptDocument`, () => ({ name: 'X', version: '0' })],
	["adopt document in B's workshop under A", () => `${underA()}?/adoptDocument`, () => ({ name: 'X', version: '0' })]
];

describe('a member of another organisation', () => {
	it.each(crossOrganisation)('gets 404: %s', async (_name, path, body) => {
		const a = await clientAs('samordnare', 'Alingsås');
		const res = await a.post(path(), body());
		expect(res.status).toBe(404);
		expect(res.body).not.toContain(ids.codeB);
	});

	it('cannot join A’s workshop as themselves, and has no participant page there', async () => {
		const b = await clientAs('samordnare', 'Borlänge');
		expect((await b.post('/delta?/code', { code: ids.codeA })).body).not.toContain('Gå med som');
		expect((await b.post('/delta?/member', { code: ids.codeA })).status).toBe(400);
		expect((await b.get(`/delta/${ids.workshopA}`)).status).toBe(404);
		expect((await postJson(b, `/delta/${ids.workshopA}/svar`, proposal(ids.activityA))).status).toBe(404);
	});
});

describe('guests', () => {
	it('a guest of A’s workshop gets 404 posting a proposal into B’s, by script or plain form', async () => {
		expect((await postJson(guestA, `/delta/${ids.workshopB}/svar`, proposal(ids.activityA))).status).toBe(404);
		expect((await guestA.post(`/delta/${ids.workshopB}?/input`, proposal(ids.activityA))).status).toBe(404);
		expect((await guestA.post(`/delta/${ids.workshopB}?/input`, { id: crypto.randomUUID(), kind: 'activity', name: 'X' })).status).toBe(404);
		const document = { id: crypto.randomUUID(), kind: 'document', name: 'Plan', type: 'plan', targetCodes: '13.1' };
		expect((await postJson(guestA, `/delta/${ids.workshopB}/svar`, document)).status).toBe(404);
		expect((await guestA.post(`/delta/${ids.workshopB}?/input`, document)).status).toBe(404);
	});

	it('in their own workshop: the unit’s activity is acknowledged, an unknown one is 404, a malformed proposal 400', async () => {
		const ok = await postJson(guestA, `/delta/${ids.workshopA}/svar`, proposal(ids.activityA));
		expect(ok.status).toBe(200);
		expect(await ok.json()).toMatchObject({ stored: true });
		expect((await postJson(guestA, `/delta/${ids.workshopA}/svar`, proposal(crypto.randomUUID()))).status).toBe(404);
		expect((await postJson(guestA, `/delta/${ids.workshopA}/svar`, { ...proposal(ids.activityA), targetCode: '99.9' })).status).toBe(400);
		expect((await guestA.post(`/delta/${ids.workshopA}?/input`, { ...proposal(ids.activityA), id: crypto.randomUUID() })).status).toBe(200);
		// A steering document: a new one is acknowledged, targets for a document not the unit's are 404.
		expect((await postJson(guestA, `/delta/${ids.workshopA}/svar`, { id: crypto.randomUUID(), kind: 'document', name: 'Plan', type: 'plan', targetCodes: '13.1' })).status).toBe(200);
		expect((await postJson(guestA, `/delta/${ids.workshopA}/svar`, { id: crypto.randomUUID(), kind: 'document', documentId: crypto.randomUUID(), targetCodes: '13.1' })).status).toBe(404);
	});
});

describe('a member of the own organisation', () => {
	it('joins as themselves with the code alone, and their proposal is acknowledged', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		const offered = await reader.post('/delta?/code', { code: ids.codeA });
		expect(offered.body).toContain('Gå med som');
		const joined = await reader.post('/delta?/member', { code: ids.codeA });
		expect(joined.status).toBe(303);
		expect(joined.location).toBe(`/delta/${ids.workshopA}`);
		expect((await reader.get(`/delta/${ids.workshopA}`)).status).toBe(200);
		const ack = await postJson(reader, `/delta/${ids.workshopA}/svar`, proposal(ids.activityA));
		expect(ack.status).toBe(200);
		// Their session is not a key to another organisation's workshop.
		expect((await reader.get(`/delta/${ids.workshopB}`)).status).toBe(404);
	});
});
