// Forms for creating an organisation (installation administrator) and editing its details (samordnare).
import { z } from 'zod';
import { email, optionalText, text } from './form.js';

export const organisationKinds = ['kommun', 'region'] as const;

const kind = () => z.enum(organisationKinds, { error: 'org.error.kind' });

/** Kolada's municipality / region code: four digits, optional. */
const koladaId = () =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.pipe(z.string().regex(/^\d{4}$/, { error: 'org.error.koladaId' }).nullable());

export const createOrganisationSchema = z.object({
	name: text(200),
	kind: kind(),
	koladaId: koladaId(),
	samordnareEmail: email()
});

export const updateOrganisationSchema = z.object({
	name: text(200),
	kind: kind(),
	koladaId: koladaId(),
	vision: optionalText(4000)
});
