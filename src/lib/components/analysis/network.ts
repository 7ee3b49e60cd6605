// The interaction network: scored targets as nodes, non-zero scores as directed edges. The layout is a
// d3-force simulation run to the end in one go (300 ticks, no timer) from seeded starting positions and a
// seeded random source, so the server and the browser compute exactly the same picture. The same model
// gives the table alternative: the edges and each target's metrics.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import type { NetworkEdge } from '#lib/analysis/engine/types.js';
import type { TargetMetrics } from '#lib/analysis/interactions/types.js';
import { compareTargetCodes, parseTargetCode } from '#lib/domain/sdg-codes.js';
import { goal as goalOf } from '#lib/sdg/catalogue.js';
import { SIGN_STYLE, signOf, type Sign } from './scale.js';

export interface NetworkNode {
	readonly code: string;
	readonly goal: number;
	readonly color: string;
	readonly textColor: string;
	readonly x: number;
	readonly y: number;
	/** Row sum, column sum and second-order influence (0 when the target has no metrics). */
	readonly outSum: number;
	readonly inSum: number;
	readonly secondOrder: number;
	readonly rankOutSum: number | null;
	readonly rankInSum: number | null;
	readonly rankSecondOrder: number | null;
}

export interface NetworkLink {
	readonly id: string;
	readonly from: string;
	readonly to: string;
	readonly score: number;
	readonly sign: Sign;
	readonly stroke: string;
	readonly dash: string | undefined;
	readonly width: number;
	/** A slightly curved path from the edge of one node to the edge of the other (two opposite edges do not overlap). */
	readonly path: string;
}

export interface NetworkModel {
	readonly width: number;
	readonly height: number;
	readonly radius: number;
	readonly nodes: readonly NetworkNode[];
	readonly links: readonly NetworkLink[];
}

export const NETWORK = { width: 640, height: 520, radius: 19, ticks: 300, seed: 20160 } as const;

/** A small linear congruential generator: the same sequence for the same seed, in every JavaScript engine. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 4294967296;
	};
}

interface SimNode extends SimulationNodeDatum {
	code: string;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function networkModel(metrics: readonly TargetMetrics[], edges: readonly NetworkEdge[], size = NETWORK): NetworkModel {
	const { width, height, radius } = size;
	const codes = [...new Set([...metrics.map((m) => m.code), ...edges.flatMap((e) => [e.from, e.to])])].sort(compareTargetCodes);
	const random = seededRandom(NETWORK.seed);
	// Seeded start: the targets round a circle in SDG order, nudged a little so the forces have something to work on.
	const sim: SimNode[] = codes.map((code, i) => {
		const angle = (2 * Math.PI * i) / Math.max(1, codes.length);
		const r = Math.min(width, height) * 0.35;
		return { code, x: width / 2 + r * Math.cos(angle) + (random() - 0.5) * 10, y: height / 2 + r * Math.sin(angle) + (random() - 0.5) * 10 };
	});
	const sorted = [...edges].sort((a, b) => compareTargetCodes(a.from, b.from) || compareTargetCodes(a.to, b.to));
	const links = sorted.map((e) => ({ source: e.from, target: e.to, score: e.score }));
	forceSimulation<SimNode>(sim)
		.randomSource(seededRandom(NETWORK.seed + 1))
		.force('link', forceLink<SimNode, { source: string | SimNode; target: string | SimNode; score: number }>(links).id((d) => d.code).distance(110).strength(0.4))
		.force('charge', forceManyBody().strength(-260))
		.force('collide', forceCollide(radius * 1.8))
		.force('x', forceX(width / 2).strength(0.05))
		.force('y', forceY(height / 2).strength(0.07))
		.force('center', forceCenter(width / 2, height / 2))
		.stop()
		.tick(NETWORK.ticks);

	const byCode = new Map(metrics.map((m) => [m.code, m]));
	const nodes: NetworkNode[] = sim.map((n) => {
		const m = byCode.get(n.code);
		const goal = parseTargetCode(n.code)?.goal ?? 0;
		const info = goalOf(goal);
		return {
			code: n.code,
			goal,
			color: info?.color ?? '#8a8f98',
			textColor: info?.textColor ?? '#1a1a1a',
			x: round(clamp(n.x ?? width / 2, radius + 2, width - radius - 2)),
			y: round(clamp(n.y ?? height / 2, radius + 2, height - radius - 2)),
			outSum: m?.outSum ?? 0,
			inSum: m?.inSum ?? 0,
			secondOrder: m?.secondOrder ?? 0,
			rankOutSum: m?.rankOutSum ?? null,
			rankInSum: m?.rankInSum ?? null,
			rankSecondOrder: m?.rankSecondOrder ?? null
		};
	});
	const at = new Map(nodes.map((n) => [n.code, n]));
	return {
		width,
		height,
		radius,
		nodes,
		links: sorted.map((e) => {
			const sign = signOf(e.score);
			return {
				id: e.id,
				from: e.from,
				to: e.to,
				score: e.score,
				sign,
				...SIGN_STYLE[sign],
				width: 1 + Math.abs(e.score) * 0.75,
				path: edgePath(at.get(e.from)!, at.get(e.to)!, radius)
			};
		})
	};
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}

/** A quadratic curve bending to the right of the direction of travel, trimmed to the two circles (room for the arrow). */
export function edgePath(a: { x: number; y: number }, b: { x: number; y: number }, radius: number): string {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const len = Math.hypot(dx, dy) || 1;
	const ux = dx / len;
	const uy = dy / len;
	const bend = Math.min(30, len * 0.15);
	const cx = (a.x + b.x) / 2 - uy * bend;
	const cy = (a.y + b.y) / 2 + ux * bend;
	const start = towards(a, { x: cx, y: cy }, radius);
	const end = towards(b, { x: cx, y: cy }, radius + 4);
	return `M${round(start.x)},${round(start.y)} Q${round(cx)},${round(cy)} ${round(end.x)},${round(end.y)}`;
}

function towards(from: { x: number; y: number }, to: { x: number; y: number }, distance: number) {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const len = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / len) * distance, y: from.y + (dy / len) * distance };
}
