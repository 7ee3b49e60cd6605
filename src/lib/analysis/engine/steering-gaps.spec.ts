// Gaps against the municipality's own indicators, on the small municipality: relevant, contributed-to targets
// that no indicator follows (one finding per goal), an indicator moving the wrong way on a relevant target,
// and nothing at all while the municipality records no indicators.
import { describe, expect, it } from 'vitest';
import { analyse } from './index.js';
import { describeFinding } from './sentence.js';
import { smallMunicipality } from './fixtures.js';
import type { AnalysisLocalIndicator } from './types.js';

const health: AnalysisLocalIndicator = { id: 'i-health', name: 'Invånare med gott hälsotillstånd', targetCodes: ['3.4'], trend: 'wrong', since: 2018 };
const steeringGaps = (steering?: AnalysisLocalIndicator[]) =>
	analyse({ ...smallMunicipality, ...(steering ? { steering } : {}) }).gaps.filter((g) => g.type === 'notFollowed' || g.type === 'wrongWay');

describe('steering gaps', () => {
	it('gives none while the municipality records no indicators', () => {
		expect(steeringGaps()).toEqual([]);
		expect(steeringGaps([])).toEqual([]);
	});

	it('names, per goal, the relevant targets units contribute to that no indicator follows', () => {
		const notFollowed = steeringGaps([health]).filter((g) => g.type === 'notFollowed');
		expect(notFollowed.map((g) => [g.key, g.targetCodes])).toEqual([
			['gap:notFollowed:6', ['6.3']],
			['gap:notFollowed:10', ['10.2']],
			['gap:notFollowed:11', ['11.6']]
		]);
		const goal11 = notFollowed.find((g) => g.key === 'gap:notFollowed:11')!;
		expect(goal11.unitIds).toEqual(['u-mb']);
		expect(goal11.evidence.relevance).toEqual(['r-mb-11.6']);
		expect(goal11.evidence.contributions).toEqual(['c6']);
		expect(describeFinding(goal11, 'sv')).toBe('Delmål 11.6 bedöms som relevant och verksamheterna bidrar till det, men ingen indikator följer delmålet.');
	});

	it('counts a target as followed once any indicator links to it, whatever its trend', () => {
		const all = steeringGaps([{ ...health, targetCodes: ['3.4', '6.3', '10.2', '11.6'], trend: 'right' }]);
		expect(all).toEqual([]);
	});

	it('names an indicator moving the wrong way on a relevant target, with the ratings behind it', () => {
		const [wrong] = steeringGaps([health]).filter((g) => g.type === 'wrongWay');
		expect(wrong).toMatchObject({ key: 'gap:wrongWay:i-health', targetCodes: ['3.4'], indicatorIds: ['i-health'], unitIds: ['u-kf', 'u-sn'] });
		// 1 + Socialnämnden's hög (2) + Kultur- och fritidsnämnden's medel (1)
		expect(wrong!.weight).toBe(4);
		expect(wrong!.evidence.relevance).toEqual(['r-kf-3.4', 'r-sn-3.4']);
		expect(describeFinding(wrong!, 'sv')).toBe(
			'Indikatorn Invånare med gott hälsotillstånd, som följer delmål 3.4, utvecklas åt fel håll sedan 2018 (kommunens egen beräkning).'
		);
	});

	it('says nothing of an indicator moving the wrong way on targets no unit rates relevant', () => {
		const gaps = steeringGaps([health, { id: 'i-water', name: 'Vattenkvalitet', targetCodes: ['14.1'], trend: 'wrong', since: 2019 }]);
		expect(gaps.filter((g) => g.type === 'wrongWay').map((g) => g.key)).toEqual(['gap:wrongWay:i-health']);
	});
});
