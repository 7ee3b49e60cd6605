// The goal overview and the target search (?q=), public reference data.
import type { PageServerLoad } from './$types';
import { goals, targetLabel, targets } from '#lib/sdg/catalogue.js';
import { MAX_QUERY_LENGTH, searchTargets } from '#lib/sdg/search.js';

export const load: PageServerLoad = ({ url, locals }) => {
	const locale = locals.locale;
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	// Matching is done in the reader's language, so the hit's label is picked here too (short title, else full text).
	const hits = query
		? searchTargets(targets(), query, locale).map(({ target }) => ({
				code: target.code,
				goal: target.goal,
				label: targetLabel(target, locale)
			}))
		: null;
	return { goals: goals(), query, hits };
};
