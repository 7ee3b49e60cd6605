// What the report is built from: one cycle's analysis and the facts around it, gathered by the service.
import type { AnalysisInput, AnalysisResult } from '#lib/analysis/engine/types.js';
import type { PlanForReport } from '../services/plan-export.service.js';
import type { Steering } from '../services/steering.service.js';
import type { ConclusionScope, SectionId } from './model.js';

export interface ReportSource {
	organisation: { id: string; name: string };
	cycle: { id: string; name: string; year: number };
	input: AnalysisInput;
	result: AnalysisResult;
	/** Units with any agreed rating or activity in the cycle. */
	participating: ReadonlySet<string>;
	workshops: { name: string; date: Date; status: string; participants: number }[];
	challenges: { unitId: string; dimension: string; kind: string; text: string; targetCodes: string[] }[];
	documents: { unitId: string; name: string; type: string; url: string | null; targetCodes: string[] }[];
	steering: Pick<Steering, 'vision' | 'visionName' | 'focusAreas' | 'goals' | 'indicators'> | null;
	/** The comparison group's imported Kolada values (gender T) per KPI, for the indicators' table. */
	comparison: { name: string; byKpi: Readonly<Record<string, readonly { year: number; value: number }[]>> } | null;
	/** The newest action plan with its measures and their follow-up, or null. */
	plan: PlanForReport | null;
	sections: readonly SectionId[];
	intros: Readonly<Record<string, string>>;
	/** The newest saved version per scope; absent scopes are prefilled from the analysis. */
	conclusions: Partial<Record<ConclusionScope, { text: string; version: number }>>;
}
