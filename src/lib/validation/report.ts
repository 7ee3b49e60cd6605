// The nulägesanalys' forms: a conclusion saved on top of the version it was based on, a restore, a
// publication to take down. Texts up to 20 000 characters; versions are whole numbers.
import { z } from 'zod';
import { conclusionScopes } from '#lib/domain/report.js';

const version = z.coerce.number({ message: 'report.error.version' }).int('report.error.version').min(0, 'report.error.version');

export const conclusionFormSchema = z.object({
	scope: z.enum(conclusionScopes, { message: 'report.error.scope' }),
	text: z.string().max(20_000, 'report.error.tooLong').default(''),
	version
});

export const restoreFormSchema = z.object({
	scope: z.enum(conclusionScopes, { message: 'report.error.scope' }),
	restore: version,
	version
});

export const unpublishFormSchema = z.object({ publication: z.uuid({ message: 'report.error.publication' }) });

/** The settings form's fields are read by name (sections, intro-<id>); the schema only lets the control-character check run. */
export const settingsFormSchema = z.looseObject({});
