// The name of the comparison shown beside the organisation's own Kolada values.
import { RIKET } from '#lib/domain/steering.js';
import type { Translate } from '#lib/i18n/index.js';

export function comparisonName(id: string, t: Translate): string {
	return id === RIKET ? t('steering.comparison.riket') : t('steering.comparison.code', { code: id });
}
