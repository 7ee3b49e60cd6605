// The report's PDF from the system Chromium, read back with pdfinfo: tagged, titled, more than one page.
// Skips (and says so) only where Chromium or pdfinfo is missing outside CI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFile } from '#lib/server/services/report-export.service.js';
import { CHROMIUM } from '#lib/server/reports/pdf.js';
import { smallReport } from '../helpers/report-fixture.js';

const hasPdfinfo = (() => {
	try {
		execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();
const ready = existsSync(CHROMIUM) && hasPdfinfo;
if (!ready && process.env.CI !== 'true') console.warn('SKIPPED: the PDF test needs Chromium and pdfinfo (apt-get install -y chromium poppler-utils)');

describe.skipIf(!ready && process.env.CI !== 'true')('the PDF export', () => {
	it('is tagged, has the report’s title and an outline', async () => {
		const file = await reportFile(smallReport(), 'pdf');
		expect(file.contentType).toBe('application/pdf');
		const dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
		try {
			const out = path.join(dir, 'r.pdf');
			writeFileSync(out, file.body);
			const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
			expect(info).toMatch(/^Tagged:\s+yes$/m);
			expect(info).toMatch(/^Title:\s+Nulägesanalys Agenda 2030 – Provkommun$/m);
			expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(3);
			const outline = execFileSync('pdfinfo', ['-dests', out], { encoding: 'utf8' });
			expect(outline.length).toBeGreaterThan(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
