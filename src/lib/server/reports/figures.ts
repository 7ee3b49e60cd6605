// The report's figures as PNG for the DOCX, drawn from the same chart models the page's Svelte charts use:
// the heatmap's cells in their fills, the wheel's coverage as bars in the goals' colours, the network's
// nodes and links where the page lays them out. Returns the image and its size in pixels.
import type { HeatmapModel } from '#lib/components/analysis/heatmap.js';
import type { NetworkModel } from '#lib/components/analysis/network.js';
import type { WheelSegment } from '#lib/components/analysis/wheel.js';
import { goal as goalOf } from '#lib/sdg/catalogue.js';
import { Canvas } from './png.js';

export interface Png {
	data: Uint8Array;
	width: number;
	height: number;
}

const done = (c: Canvas): Png => ({ data: c.png(), width: c.width, height: c.height });

export function heatmapPng(h: HeatmapModel): Png {
	const cell = 24;
	const rows = Math.max(1, Math.min(h.rows.length, 60));
	const c = new Canvas(h.goals.length * cell + 2, rows * cell + 14);
	h.goals.forEach((g, i) => c.fillRect(1 + i * cell, 0, cell - 2, 10, goalOf(g)?.color ?? '#888888'));
	h.rows.slice(0, rows).forEach((r, j) =>
		r.cells.forEach((cellData, i) => {
			c.fillRect(1 + i * cell, 14 + j * cell, cell - 2, cell - 2, '#d0d0d0');
			c.fillRect(2 + i * cell, 15 + j * cell, cell - 4, cell - 4, cellData.fill);
		})
	);
	return done(c);
}

export function wheelPng(segments: readonly WheelSegment[]): Png {
	const bar = 28;
	const height = 200;
	const c = new Canvas(segments.length * bar + 4, height + 8);
	segments.forEach((s, i) => {
		c.fillRect(2 + i * bar + 3, 4, bar - 6, height, '#eeeeee');
		const h = Math.round(height * s.share);
		c.fillRect(2 + i * bar + 3, 4 + height - h, bar - 6, h, s.color);
	});
	c.fillRect(0, height + 4, c.width, 2, '#444444');
	return done(c);
}

export function networkPng(n: NetworkModel): Png {
	const c = new Canvas(Math.round(n.width), Math.round(n.height));
	const at = new Map(n.nodes.map((x) => [x.code, x]));
	for (const l of n.links) {
		const a = at.get(l.from);
		const b = at.get(l.to);
		if (a && b) c.line(a.x, a.y, b.x, b.y, /^#[0-9a-f]{6}$/i.test(l.stroke) ? l.stroke : l.sign === 'negative' ? '#b2182b' : '#1b7837', Math.max(1, l.width));
	}
	for (const x of n.nodes) {
		c.disc(x.x, x.y, n.radius, '#333333');
		c.disc(x.x, x.y, n.radius - 2, x.color);
	}
	return done(c);
}
