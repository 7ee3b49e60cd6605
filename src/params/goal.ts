// Route parameter matcher for SDG goals: "1"–"17" becomes the goal number; anything else is a 404.
// Kit loads the params entry with Node itself at build time, so imports here name the .ts file.
import { parseGoalNumber } from '#lib/domain/sdg-codes.ts';

export function goal(param: string): number | undefined {
	return parseGoalNumber(param) ?? undefined;
}
