// The report's print view as a tagged PDF with an outline, rendered by the system's Chromium through
// playwright-core. Where Chromium is not installed it says so (PdfUnavailableError) and callers offer the
// print view instead.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class PdfUnavailableError extends Error {
	constructor() {
		super('Chromium is not installed');
		this.name = 'PdfUnavailableError';
	}
}

export const pdfAvailable = () => existsSync(CHROMIUM);

export async function htmlToPdf(html: string, footer: { page: string; of: string }): Promise<Uint8Array> {
	if (!pdfAvailable()) throw new PdfUnavailableError();
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	try {
		const page = await browser.newPage();
		// the HTML is self-contained (images inline): nothing is fetched
		await page.route('**/*', (route) => route.abort());
		await page.setContent(html, { waitUntil: 'load' });
		const pdf = await page.pdf({
			format: 'A4',
			tagged: true,
			outline: true,
			printBackground: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: `<div style="font-size:9pt;width:100%;text-align:center">${footer.page} <span class="pageNumber"></span> ${footer.of} <span class="totalPages"></span></div>`,
			margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' }
		});
		return new Uint8Array(pdf);
	} finally {
		await browser.close();
	}
}
