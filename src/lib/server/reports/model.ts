// The nulägesanalys as one JSON-safe model: numbered sections of blocks (text, lists, tables, figures,
// conclusions) that the page, the DOCX, the PDF (via the page) and the publication render, plus the
// tabular views that the XLSX and CSV exports write. Plain data, so a publication can store it frozen.
import type { HeatmapModel } from '#lib/components/analysis/heatmap.js';
import type { NetworkModel } from '#lib/components/analysis/network.js';
import type { WheelSegment } from '#lib/components/analysis/wheel.js';

import type { ConclusionScope, SectionId } from '#lib/domain/report.js';

export { conclusionScopes, sectionIds, type ConclusionScope, type SectionId } from '#lib/domain/report.js';

/** A cell: text (may come from a user: guarded when written to a spreadsheet), a number, or empty. */
export type Cell = string | number | null;

export interface TableBlock {
	kind: 'table';
	id: string;
	caption: string;
	header: string[];
	rows: Cell[][];
}

export type Block =
	| { kind: 'p'; text: string }
	| { kind: 'h3'; text: string; id?: string }
	| { kind: 'list'; items: string[]; ordered?: boolean }
	| TableBlock
	| { kind: 'figure'; figure: 'heatmap' | 'wheel' | 'network'; caption: string; alt: string; table: TableBlock }
	| { kind: 'conclusion'; scope: ConclusionScope; heading: string; text: string; version: number | null };

export interface Section {
	id: SectionId;
	number: number;
	heading: string;
	/** The samordnare's own text before the section ('' for none). */
	intro: string;
	blocks: Block[];
}

/** One table of the data, for XLSX (a sheet) and CSV (a file); columns typed so dates and numbers stay real. */
export interface View {
	id: string;
	name: string;
	header: string[];
	types: ('text' | 'number' | 'date')[];
	/** Dates as ISO strings (JSON-safe); written as real dates. */
	rows: Cell[][];
}

export interface ReportModel {
	title: string;
	subtitle: string;
	organisation: string;
	cycle: { id: string; name: string; year: number };
	locale: 'sv' | 'en';
	generatedAt: string;
	sections: Section[];
	views: View[];
	charts: { heatmap: HeatmapModel; wheel: WheelSegment[]; network: NetworkModel };
}
