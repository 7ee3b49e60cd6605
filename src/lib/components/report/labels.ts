// The report's section names as message keys, written out so the pages and the server's model name them alike.
import type { SectionId } from '#lib/domain/report.js';
import type { MessageKey } from '#lib/i18n/index.js';

export const sectionHeadingKeys = {
	method: 'report.section.method',
	steering: 'report.section.steering',
	mapping: 'report.section.mapping',
	findings: 'report.section.findings',
	statistics: 'report.section.statistics',
	challenges: 'report.section.challenges',
	conclusions: 'report.section.conclusions',
	annexes: 'report.section.annexes'
} as const satisfies Record<SectionId, MessageKey>;
