// The shipped Kolada catalogues, offline: a KPI by id, search by id, title and description in Swedish
// (case and accents do not matter, the id first), divided by gender, retired (an old definition no longer
// published), and the comparison choices (Riket, the own region, the groups made for the municipality).
import { describe, expect, it } from 'vitest';
import { area, countyOf, isRetired, kpi, searchComparisons, searchKpis } from './catalogue.js';

describe('the KPI catalogue', () => {
	it('knows a KPI by its id, with its title and whether it is divided by gender', () => {
		expect(kpi('N15436')).toMatchObject({ id: 'N15436', title: expect.stringContaining('behöriga till yrkesprogram'), retired: false });
		expect(kpi(' n21704 ')?.id).toBe('N21704');
		expect(kpi('N21704')?.dividedByGender).toBe(true);
		expect(kpi('U07451')?.dividedByGender).toBe(false);
		expect(kpi('U00413')).toBeNull(); // named in the seed, in neither catalogue
	});

	it('tells a retired KPI by the year in its title and no current publication, "(-2024)" and "(- 2024)"', () => {
		expect(kpi('U07451')).toMatchObject({ title: 'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)', retired: true });
		expect(kpi('U31462')?.title).toMatch(/\(- 2024\)$/);
		expect(kpi('U31462')?.retired).toBe(true);
		// "(-1997)" inside a title that is still published (pension rights earned before 1998): not retired.
		expect(kpi('N63080')?.title).toContain('(-1997)');
		expect(kpi('N63080')?.retired).toBe(false);
		expect(kpi('N63079')?.retired).toBe(false);
		expect(isRetired('Något (-2019)', null)).toBe(true);
		expect(isRetired('Något (-2019)', '2025')).toBe(false);
		expect(isRetired('Något (2019-)', null)).toBe(false);
	});

	it('finds the id itself first, then by title and description; case and accents do not matter', () => {
		const byId = searchKpis('u07451');
		expect(byId[0]?.id).toBe('U07451');
		const hits = searchKpis('BEHORIGA yrkesprogram');
		expect(hits.map((k) => k.id)).toContain('N15436');
		for (const k of hits) expect(`${k.title} ${k.description}`.toLowerCase()).toMatch(/behöriga/);
		expect(hits.length).toBeLessThanOrEqual(20);
		// a word only in the description is found too
		expect(searchKpis('Nöjd Kund Index Företagsklimat').map((k) => k.id)).toContain('U07451');
		expect(searchKpis('   ')).toEqual([]);
		expect(searchKpis('xyzzy ingenting')).toEqual([]);
	});

	it('puts current KPIs before retired ones matching as well (every word in the title)', () => {
		const words = ['företagsklimat', 'insikt', 'totalt'];
		const hits = searchKpis(words.join(' ')).filter((k) => words.every((w) => k.title.toLowerCase().includes(w)));
		const firstRetired = hits.findIndex((k) => k.retired);
		expect(hits.map((k) => k.id)).toContain('U07451');
		expect(firstRetired).toBeGreaterThan(0);
		expect(hits.slice(firstRetired).every((k) => k.retired)).toBe(true);
	});
});

describe('the comparison choices', () => {
	it('knows municipalities, regions, Riket and groups', () => {
		expect(area('1489')).toEqual({ id: '1489', title: 'Alingsås', type: 'K' });
		expect(area('0000')).toEqual({ id: '0000', title: 'Riket', type: 'L' });
		expect(area('g37326')).toEqual({ id: 'G37326', title: 'Liknande kommuner, övergripande, Alingsås, 2025', type: 'G' });
		expect(countyOf('1489')?.title).toBe('Västra Götalandsregionen');
		expect(countyOf('0980')?.id).toBe('0009');
		expect(countyOf('0000')).toBeNull();
	});

	it('suggests Riket, the own region and the groups made for the municipality; never a municipality', () => {
		const suggested = searchComparisons('', 20, { municipality: '1489' });
		expect(suggested.slice(0, 2).map((a) => a.id)).toEqual(['0000', '0014']);
		expect(suggested.slice(2).every((a) => a.type === 'G' && /, Alingsås, \d{4}$/.test(a.title))).toBe(true);
		expect(suggested.map((a) => a.id)).toContain('G37326');
		expect(searchComparisons('')).toEqual([{ id: '0000', title: 'Riket', type: 'L' }]);
	});

	it('searches regions and groups by words, without accents, nearest first', () => {
		const hits = searchComparisons('liknande kommuner overgripande', 20, { municipality: '1489' });
		expect(hits[0]?.id).toBe('G37326');
		expect(hits.every((a) => a.type === 'G')).toBe(true);
		expect(searchComparisons('vastra gotaland').map((a) => a.id)).toContain('0014');
		expect(searchComparisons('Alingsås').some((a) => a.type === 'K')).toBe(false);
	});
});
