// A small raster canvas and PNG encoder (node:zlib, no browser, no native module): enough for the report's
// figures in the DOCX, which are rectangles, lines and discs. Text stays in the captions and tables.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

export class Canvas {
	readonly pixels: Uint8Array;
	constructor(
		readonly width: number,
		readonly height: number,
		background = '#ffffff'
	) {
		this.pixels = new Uint8Array(width * height * 3);
		this.fillRect(0, 0, width, height, background);
	}

	private set(x: number, y: number, [r, g, b]: readonly number[]) {
		if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
		const i = (y * this.width + x) * 3;
		this.pixels[i] = r!;
		this.pixels[i + 1] = g!;
		this.pixels[i + 2] = b!;
	}

	fillRect(x: number, y: number, w: number, h: number, color: string) {
		const rgb = parseColor(color);
		for (let j = Math.max(0, Math.round(y)); j < Math.min(this.height, Math.round(y + h)); j++)
			for (let i = Math.max(0, Math.round(x)); i < Math.min(this.width, Math.round(x + w)); i++) this.set(i, j, rgb);
	}

	disc(cx: number, cy: number, r: number, color: string) {
		const rgb = parseColor(color);
		for (let j = Math.floor(cy - r); j <= cy + r; j++) for (let i = Math.floor(cx - r); i <= cx + r; i++) if ((i - cx) ** 2 + (j - cy) ** 2 <= r * r) this.set(i, j, rgb);
	}

	line(x0: number, y0: number, x1: number, y1: number, color: string, width = 1) {
		const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
		for (let s = 0; s <= steps; s++) {
			const x = x0 + ((x1 - x0) * s) / steps;
			const y = y0 + ((y1 - y0) * s) / steps;
			if (width <= 1) this.set(Math.round(x), Math.round(y), parseColor(color));
			else this.disc(x, y, width / 2, color);
		}
	}

	png(): Uint8Array {
		const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
		for (let y = 0; y < this.height; y++) {
			raw[y * (this.width * 3 + 1)] = 0; // filter: none
			raw.set(this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * (this.width * 3 + 1) + 1);
		}
		const ihdr = Buffer.alloc(13);
		ihdr.writeUInt32BE(this.width, 0);
		ihdr.writeUInt32BE(this.height, 4);
		ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
		const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
	}
}

const cache = new Map<string, number[]>();
export function parseColor(color: string): number[] {
	let rgb = cache.get(color);
	if (!rgb) {
		const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
		rgb = m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [120, 120, 120];
		cache.set(color, rgb);
	}
	return rgb;
}
