import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { loadDemo } from './load.js';
import { login } from '../services/auth.service.js';
import { listMyOrganisations, getOrganisationOverview } from '../services/organisation.service.js';
import * as unitsRepo from '../repositories/unit.repository.js';
import { listCycles, getCycleOverview } from '../services/cycle.service.js';
import { getUnitMapping } from '../services/mapping.service.js';
import seed from './data/alingsas.json' with { type: 'json' };
import { alingsasMapping } from './alingsas-mapping.js';
import { demoWorkshop } from './load-workshop.js';
import { demoInteractions, demoOpenPair } from './load-interactions.js';
import { network, pairDetail } from '../services/interaction.service.js';
import { getConsole, listWorkshops } from '../services/workshop.service.js';

const db = await useTestDb();

describe('demo municipality', () => {
	it('is Alingsås as its budget and Vision 2040 describe it', async () => {
		const logins = await loadDemo(db);
		const coordinator = logins.find((l) => l.role === 'samordnare' && l.organisation === 'Alingsås')!;
		const session = await login({ db }, { email: coordinator.email, password: coordinator.password, address: '127.0.0.1' });
		const ctx = { db, actor: { userId: session.userId, isAdmin: false } };
		const [org] = await listMyOrganisations(ctx);
		expect(org?.name).toBe('Alingsås');
		const overview = await getOrganisationOverview(ctx, org!.id);
		expect(overview.organisation).toMatchObject({ kind: 'kommun', koladaId: '1489', visionName: 'Vision 2040', vision: seed.vision });
		expect(overview.focusAreas.map((f) => f.name)).toEqual(['Vackra miljöer', 'Livskvalitet', 'Experimentlust', 'Omställning', 'Tillsammans']);

		const units = await unitsRepo.listUnits(db, org!.id);
		const names = units.map((u) => u.name);
		// The driftbudget's nämnder and Kommunstyrelsen; "Exploatering" is a budget line, not a unit.
		expect(names).toHaveLength(8);
		expect(names).toContain('Kommunstyrelsen');
		expect(names).toContain('Socialnämnden');
		expect(names).toContain('Överförmyndarnämnden');
		expect(names).not.toContain('Exploatering');
		expect(units.find((u) => u.name === 'Kommunstyrelsen')?.type).toBe('styrelse');
		expect(units.filter((u) => u.type === 'nämnd')).toHaveLength(7);
	});

	it('has one login per role, and Borlänge with its sectors and companies as a second organisation', async () => {
		const logins = await loadDemo(db);
		expect(new Set(logins.map((l) => l.role))).toEqual(
			new Set(['systemadministratör', 'samordnare', 'processledare', 'deltagare', 'rådsledamot', 'läsare'])
		);
		const b = logins.find((l) => l.organisation === 'Borlänge')!;
		const session = await login({ db }, { email: b.email, password: b.password, address: '127.0.0.1' });
		const [org] = await listMyOrganisations({ db, actor: { userId: session.userId, isAdmin: false } });
		const units = await unitsRepo.listUnits(db, org!.id);
		expect(units.map((u) => [u.name, u.type])).toEqual(
			expect.arrayContaining([
				['Tunabyggen', 'bolag'],
				['Borlänge Energi', 'bolag'],
				['Sociala sektorn', 'sektor']
			])
		);
		expect(units).toHaveLength(7);
	});

	it('has a closed "Kartläggning 2025" of five units, agreed by the samordnare, and an open copy for autumn 2026', async () => {
		const logins = await loadDemo(db);
		const coordinator = logins.find((l) => l.role === 'samordnare' && l.organisation === 'Alingsås')!;
		const session = await login({ db }, { email: coordinator.email, password: coordinator.password, address: '127.0.0.1' });
		const ctx = { db, actor: { userId: session.userId, isAdmin: false } };
		const [org] = await listMyOrganisations(ctx);
		const { cycles } = await listCycles(ctx, org!.id);
		expect(cycles.map((c) => [c.name, c.year, c.status])).toEqual([
			['Kartläggning hösten 2026', 2026, 'open'],
			['Kartläggning 2025', 2025, 'closed']
		]);
		const [open, closed] = cycles;
		expect(open!.copiedFromId).toBe(closed!.id);

		const printed = new Set(seed.concreteActions.flatMap((box) => box.actions));
		const overview = await getCycleOverview(ctx, org!.id, closed!.id);
		const mapped = overview.units.filter((u) => u.progress.grunduppdrag);
		expect(mapped.map((u) => u.unit.name).sort()).toEqual(alingsasMapping.map((m) => m.unit).sort());
		expect(mapped.every((u) => !u.canEdit)).toBe(true);

		const directions: string[] = [];
		for (const { unit } of mapped) {
			const m = await getUnitMapping(ctx, org!.id, closed!.id, unit.id);
			expect(m.grunduppdrag?.text, unit.name).toMatch(/^\S.{20,}/);
			expect(m.grunduppdrag?.agreedBy).toBe(session.userId);
			const goals = m.relevance.filter((r) => r.kind === 'goal');
			expect(goals.map((g) => Number(g.code)).sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
			expect(m.relevance.some((r) => r.kind === 'target')).toBe(true);
			expect(m.relevance.every((r) => r.agreedBy === session.userId)).toBe(true);
			expect(m.activities.length).toBeGreaterThanOrEqual(2);
			for (const a of m.activities) {
				expect(printed.has(a.name), a.name).toBe(true);
				expect(a.contributions.length).toBeGreaterThanOrEqual(1);
				directions.push(...a.contributions.map((c) => c.direction));
			}
			expect(m.challenges.length).toBeGreaterThanOrEqual(1);
			expect(m.documents.map((d) => [d.name, d.type])).toEqual([['Hållbarhetspolicy', 'policy']]);
			expect(m.documents[0]!.targetCodes.length).toBeGreaterThan(0);
			expect(m.people[session.userId]).toBe('Sara Samordnare');
		}
		expect(directions).toContain('motverkar');
		expect(directions).toContain('bidrar');

		// The open cycle starts as a copy: the same units with the same content, editable.
		const next = await getCycleOverview(ctx, org!.id, open!.id);
		const progress = (o: typeof overview) => o.units.map((u) => ({ ...u.progress, unitId: u.unit.name }));
		expect(progress(next)).toEqual(progress(overview));
		expect(next.units.filter((u) => u.progress.grunduppdrag).every((u) => u.canEdit)).toBe(true);
	});

	it('has a workshop in progress: Miljöskyddsnämnden on the goal step, six guests, some ratings, nothing agreed', async () => {
		const logins = await loadDemo(db);
		const lead = logins.find((l) => l.role === 'processledare' && l.organisation === 'Alingsås')!;
		const session = await login({ db }, { email: lead.email, password: lead.password, address: '127.0.0.1' });
		const ctx = { db, actor: { userId: session.userId, isAdmin: false } };
		const [org] = await listMyOrganisations(ctx);
		const [w] = await listWorkshops(ctx, org!.id);
		expect(w).toMatchObject({ name: demoWorkshop.name, status: 'open', stepIndex: 1 });
		const console = await getConsole(ctx, org!.id, w!.id);
		expect(console.cycle?.name).toBe('Kartläggning hösten 2026');
		expect(console.units.map((u) => u.name)).toEqual(['Miljöskyddsnämnden']);
		expect(console.step).toBe('goals');
		expect(console.participants).toBe(6);
		expect(console.items).toHaveLength(17);
		expect(console.items.every((i) => i.agreed === null)).toBe(true);
		const goal = (n: number) => console.items.find((i) => i.subject === String(n))!;
		expect(goal(6).counts).toMatchObject({ hög: 6 });
		expect(goal(8).disagreement).toBe(true);
		// Disagreement first: the conversation starts at the top of the list.
		expect(console.items[0]!.disagreement).toBe(true);
	});

	it('has an interaction network: agreed scores in 2025 copied into the open cycle, and one pair two members disagree on', async () => {
		const logins = await loadDemo(db);
		const member = logins.find((l) => l.role === 'rådsledamot' && l.organisation === 'Alingsås')!;
		const session = await login({ db }, { email: member.email, password: member.password, address: '127.0.0.1' });
		const ctx = { db, actor: { userId: session.userId, isAdmin: false } };
		const [org] = await listMyOrganisations(ctx);
		const { cycles } = await listCycles(ctx, org!.id);
		const [open, closed] = cycles;
		for (const cycle of [closed!, open!]) {
			const n = await network(ctx, org!.id, cycle.id);
			expect(n.cells).toBe(demoInteractions.length);
			// Land taken for business and housing weighs on 15.1: the most influenced-against target.
			const t151 = n.targets.find((t) => t.code === '15.1')!;
			expect(t151.inNegative).toBe(-3);
			expect(n.targets.find((t) => t.code === '8.3')!.outSum).toBe(0);
		}
		const pair = await pairDetail(ctx, org!.id, closed!.id, demoOpenPair);
		expect(pair.agreed).toBeNull();
		expect(pair.scores.map((x) => [x.name, x.score])).toEqual(
			expect.arrayContaining([
				['Sara Samordnare', 1],
				['Rut Rådsledamot', -1]
			])
		);
		expect(pair.agreement.signDisagreement).toBe(true);
	});
});
