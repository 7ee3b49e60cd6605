// The plain answer when no PDF can be made here (no Chromium): a short page in the reader's language that
// says so and links to the print view, with status 503 so scripts notice.
import type { Locale, Translate } from '#lib/i18n/index.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function pdfMissingPage(t: Translate, printView: string, locale: Locale): Response {
	const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${esc(t('report.pdf.title'))}</title></head><body><main><h1>${esc(t('report.pdf.title'))}</h1><p>${esc(t('report.pdf.unavailable'))}</p><p><a href="${esc(printView)}">${esc(t('report.pdf.printView'))}</a></p></main></body></html>`;
	return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
