// use:enhance for the steering's edit forms: the page updates in place, and the fields keep what the
// page shows after the save (the stored values), instead of being reset to what they held before it.
import type { SubmitFunction } from '$app/forms';

export const keep: SubmitFunction = () => async ({ update }) => update({ reset: false });
