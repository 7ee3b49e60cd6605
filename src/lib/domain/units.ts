// Kinds of organisational unit, and the tree rules that hold whatever the database.
export const unitTypes = ['nämnd', 'styrelse', 'förvaltning', 'sektor', 'bolag', 'förbund', 'verksamhet'] as const;
export type UnitType = (typeof unitTypes)[number];

export const unitTypeLabelKeys = {
	nämnd: 'unitType.namnd',
	styrelse: 'unitType.styrelse',
	förvaltning: 'unitType.forvaltning',
	sektor: 'unitType.sektor',
	bolag: 'unitType.bolag',
	förbund: 'unitType.forbund',
	verksamhet: 'unitType.verksamhet'
} as const satisfies Record<UnitType, string>;

export function isUnitType(value: unknown): value is UnitType {
	return typeof value === 'string' && (unitTypes as readonly string[]).includes(value);
}

export interface UnitNode {
	id: string;
	parentId: string | null;
	name: string;
	type: UnitType;
	position: number;
}

export interface UnitTreeNode extends UnitNode {
	depth: number;
	children: UnitTreeNode[];
}

/** Builds the forest ordered by position then name; orphans (parent outside the list) become roots. */
export function buildUnitTree(units: readonly UnitNode[]): UnitTreeNode[] {
	const nodes = new Map(units.map((u) => [u.id, { ...u, depth: 0, children: [] as UnitTreeNode[] }]));
	const roots: UnitTreeNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId ? nodes.get(node.parentId) : undefined;
		(parent ? parent.children : roots).push(node);
	}
	const order = (a: UnitTreeNode, b: UnitTreeNode) => a.position - b.position || a.name.localeCompare(b.name, 'sv');
	const visit = (list: UnitTreeNode[], depth: number) => {
		list.sort(order);
		for (const n of list) {
			n.depth = depth;
			visit(n.children, depth + 1);
		}
	};
	visit(roots, 0);
	return roots;
}

/** The tree flattened depth-first, for lists and selects. */
export function flattenUnitTree(roots: readonly UnitTreeNode[]): UnitTreeNode[] {
	const out: UnitTreeNode[] = [];
	const walk = (list: readonly UnitTreeNode[]) => {
		for (const n of list) {
			out.push(n);
			walk(n.children);
		}
	};
	walk(roots);
	return out;
}

/** Would making `parentId` the parent of `unitId` create a cycle? */
export function wouldCreateCycle(units: readonly UnitNode[], unitId: string, parentId: string | null): boolean {
	const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
	let cursor = parentId;
	const seen = new Set<string>();
	while (cursor) {
		if (cursor === unitId) return true;
		if (seen.has(cursor)) return true;
		seen.add(cursor);
		cursor = parentOf.get(cursor) ?? null;
	}
	return false;
}
