// The organisation export at the HTTP edge: Alingsås' samordnare sees the page (its link in the navigation)
// and downloads the whole organisation as one JSON file; Borlänge's samordnare gets 404 on both, Alingsås'
// läsare and rådsledamot 403 without the link. The file's JSON Schema is served to anyone, the same text
// as schemas/ keeps.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, startDemo, type DemoApp } from './http-client.js';

let demo: DemoApp;
beforeAll(async () => {
	demo = await startDemo();
}, 120_000);
afterAll(async () => {
	await demo?.app.stop();
});

const page = () => `/org/${demo.orgA}/data`;
const file = () => `/org/${demo.orgA}/data/organisation.json`;

describe('organisation export over HTTP', () => {
	it('gives Alingsås’ samordnare the page, the link and the file', async () => {
		const overview = await demo.a.get(`/org/${demo.orgA}`);
		expect(overview.body).toContain(`href="${page()}"`);
		const res = await demo.a.get(page());
		expectStatus(res, page(), 200);
		expect(res.body).toContain(`href="${file()}"`);
		const download = await demo.a.get(file());
		expectStatus(download, file(), 200);
		const doc = JSON.parse(download.body);
		expect([doc.format, doc.version, doc.organisation.id, doc.organisation.name]).toEqual(['malkarta.organisation', 1, demo.orgA, 'Alingsås']);
		expect(JSON.stringify(doc)).not.toMatch(/password_hash|token_hash/);
	});

	it('answers 404 to Borlänge’s samordnare and 403 to Alingsås’ läsare and rådsledamot', async () => {
		for (const path of [page(), file(), `${page()}/__data.json`]) expectStatus(await demo.b.get(path), path, 404);
		for (const role of ['läsare', 'rådsledamot']) {
			const c = await demo.clientAs(role, 'Alingsås');
			for (const path of [page(), file(), `${page()}/__data.json`]) {
				const res = await c.get(path);
				expectStatus(res, path, 403);
				expect(res.body).not.toContain('malkarta.organisation');
			}
			expect((await c.get(`/org/${demo.orgA}`)).body).not.toContain(`href="${page()}"`);
		}
	});

	it('serves the JSON Schema to anyone, as kept in schemas/', async () => {
		const res = await fetch(demo.app.url + '/schema/organisation-export-v1.json');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
		expect(await res.text()).toBe(readFileSync(new URL('../../schemas/organisation-export-v1.schema.json', import.meta.url), 'utf8'));
	});
});

