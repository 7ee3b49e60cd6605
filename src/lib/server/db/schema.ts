// Table types, kept in step with migrations/. Repositories are the only users of these row shapes.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AppUserTable {
	id: Generated<string>;
	email: string;
	display_name: string;
	password_hash: string | null;
	is_admin: Generated<boolean>;
	created_at: Timestamp;
}

export interface SessionTable {
	id: string;
	user_id: string;
	expires_at: ColumnType<Date, Date, Date>;
	created_at: Timestamp;
}

export interface OrganisationTable {
	id: Generated<string>;
	name: string;
	kind: string;
	kolada_id: string | null;
	vision: string | null;
	vision_name: string | null;
	/** { social: number[], ekologisk: number[], ekonomisk: number[] } or null for the default grouping. */
	dimension_goals: Json;
	/** Kolada id of the comparison shown beside the organisation's values: 0000 (Riket), a county or a group. */
	kolada_comparison_id: Generated<string>;
	created_at: Timestamp;
}

export interface FocusAreaTable {
	id: Generated<string>;
	organisation_id: string;
	name: string;
	description: string | null;
	position: Generated<number>;
	parent_id: string | null;
	updated_at: Timestamp;
}

export interface UnitTable {
	id: Generated<string>;
	organisation_id: string;
	parent_id: string | null;
	name: string;
	type: string;
	position: Generated<number>;
	created_at: Timestamp;
}

export interface MembershipTable {
	organisation_id: string;
	user_id: string;
	role: string;
	created_at: Timestamp;
}

export interface MembershipUnitTable {
	organisation_id: string;
	user_id: string;
	unit_id: string;
}

export interface InvitationTable {
	id: Generated<string>;
	organisation_id: string;
	email: string;
	role: string;
	unit_id: string | null;
	token_hash: string;
	invited_by: string | null;
	expires_at: ColumnType<Date, Date, Date>;
	accepted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
	created_at: Timestamp;
}

export interface PasswordResetTable {
	token_hash: string;
	user_id: string;
	expires_at: ColumnType<Date, Date, Date>;
	used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface RateLimitTable {
	key: string;
	window_start: ColumnType<Date, Date, Date>;
	count: number;
}

export interface AppSettingTable {
	key: string;
	value: string;
	updated_at: Timestamp;
}

/** Columns every kartläggning table has: its organisation, cycle and unit. */
interface Scoped {
	organisation_id: string;
	cycle_id: string;
	unit_id: string;
}

/** When the row was made, who agreed its current value and when, and its version for optimistic concurrency. */
interface Agreed {
	created_at: Timestamp;
	agreed_by: string | null;
	agreed_at: Timestamp;
	version: Generated<number>;
}

export interface MappingCycleTable {
	id: Generated<string>;
	organisation_id: string;
	name: string;
	year: number;
	status: Generated<string>;
	copied_from_id: string | null;
	created_by: string | null;
	created_at: Timestamp;
}

export interface MappingUnitTable extends Scoped, Agreed {
	grunduppdrag: string;
}

export interface MappingActivityTable extends Scoped, Agreed {
	id: Generated<string>;
	name: string;
	description: string | null;
	owner: string | null;
	position: Generated<number>;
}

export interface MappingDocumentTable extends Scoped, Agreed {
	id: Generated<string>;
	name: string;
	type: string;
	url: string | null;
	target_codes: ColumnType<string[], string[] | undefined, string[]>;
}

export interface MappingRelevanceTable extends Scoped, Agreed {
	id: Generated<string>;
	kind: string;
	code: string;
	level: string;
	motivation: string | null;
}

export interface MappingContributionTable extends Scoped, Agreed {
	id: Generated<string>;
	activity_id: string;
	target_code: string;
	direction: string;
	strength: number;
	directness: string;
	motivation: string | null;
	indicator_kind: string | null;
	indicator_ref: string | null;
}

export interface MappingChallengeTable extends Scoped, Agreed {
	id: Generated<string>;
	dimension: string;
	kind: string;
	text: string;
	target_codes: ColumnType<string[], string[] | undefined, string[]>;
}

/** jsonb: read as parsed JSON, written as JSON text (see the repositories' `json()`). */
type Json = ColumnType<unknown, unknown, unknown>;

export interface MappingInputTable extends Scoped {
	id: string;
	workshop_id: string | null;
	author_user_id: string | null;
	author_guest_id: string | null;
	kind: string;
	subject: string;
	value: Json;
	created_at: Timestamp;
	seq: ColumnType<number | string | bigint | null, number | null | undefined, number | null>;
}

export interface AuditEventTable {
	id: Generated<string>;
	organisation_id: string;
	actor_user_id: string | null;
	action: string;
	entity: string;
	entity_id: string | null;
	cycle_id: string | null;
	unit_id: string | null;
	workshop_id: string | null;
	details: Json;
	at: Timestamp;
}

export interface WorkshopTable {
	id: Generated<string>;
	organisation_id: string;
	cycle_id: string;
	name: string;
	steps: string[];
	step_index: Generated<number>;
	current_unit_id: string;
	extra_goals: ColumnType<number[], number[] | undefined, number[]>;
	show_results: Generated<boolean>;
	status: Generated<string>;
	join_code: string;
	seq: ColumnType<number, number | undefined, number>;
	created_by: string | null;
	created_at: Timestamp;
}

export interface WorkshopUnitTable {
	organisation_id: string;
	workshop_id: string;
	unit_id: string;
	position: number;
}

export interface WorkshopParticipantTable {
	id: Generated<string>;
	organisation_id: string;
	workshop_id: string;
	display_name: string;
	token_hash: string;
	/** Set when a member takes part as themselves. */
	user_id: ColumnType<string | null, string | null | undefined, string | null>;
	created_at: Timestamp;
}

export interface InteractionScoreTable {
	id: Generated<string>;
	organisation_id: string;
	cycle_id: string;
	from_code: string;
	to_code: string;
	scorer_user_id: string;
	score: number;
	reason: Generated<string>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface InteractionAgreedTable {
	organisation_id: string;
	cycle_id: string;
	from_code: string;
	to_code: string;
	score: number;
	reason: Generated<string>;
	/** 'agreed' | 'imported' | 'copied' */
	source: Generated<string>;
	agreed_by: string | null;
	agreed_at: Timestamp;
	version: Generated<number>;
}

export interface CouncilItemTable {
	id: Generated<string>;
	organisation_id: string;
	cycle_id: string;
	finding_key: string;
	/** 'synergi' | 'målkonflikt' | 'lucka' */
	kind: string;
	title: string;
	/** 'ny' | 'under_beredning' | 'hanterad' */
	status: Generated<string>;
	recommendation: Generated<string>;
	evidence: Json;
	created_by: string | null;
	created_at: Timestamp;
	updated_by: string | null;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface CouncilCommentTable {
	id: Generated<string>;
	organisation_id: string;
	item_id: string;
	author_user_id: string | null;
	text: string;
	created_at: Timestamp;
}

export interface SuggestionFeedbackTable {
	id: Generated<string>;
	organisation_id: string;
	cycle_id: string;
	unit_id: string;
	activity_id: string | null;
	workshop_id: string | null;
	target_code: string;
	/** 'accepted' | 'rejected' */
	decision: string;
	rank: number;
	score: number;
	lang: Generated<string>;
	author_user_id: string | null;
	author_guest_id: string | null;
	created_at: Timestamp;
}

export interface PriorityGoalTable {
	id: Generated<string>;
	organisation_id: string;
	focus_area_id: string | null;
	parent_id: string | null;
	unit_id: string | null;
	title: string;
	description: string | null;
	period_start: number | null;
	period_end: number | null;
	position: Generated<number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface IndicatorTable {
	id: Generated<string>;
	organisation_id: string;
	goal_id: string;
	name: string;
	kind: string;
	kolada_kpi: string | null;
	source_name: string | null;
	unit_label: string | null;
	direction: Generated<string>;
	position: Generated<number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface IndicatorTargetValueTable {
	organisation_id: string;
	indicator_id: string;
	year: number;
	value: number;
}

export interface IndicatorOutcomeTable {
	organisation_id: string;
	indicator_id: string;
	year: number;
	gender: Generated<string>;
	area: Generated<string>;
	value: number;
	updated_at: Timestamp;
}

/** focus_area_sdg_target, priority_goal_sdg_target, indicator_sdg_target: one row per linked SDG target. */
export interface SdgTargetLinkTable {
	organisation_id: string;
	subject_id: string;
	target_code: string;
}

export interface GoalJudgementTable {
	organisation_id: string;
	goal_id: string;
	year: number;
	level: string;
	analysis: Generated<string>;
	updated_by: string | null;
	updated_at: Timestamp;
}

export interface KoladaValueTable {
	organisation_id: string;
	kpi: string;
	municipality: string;
	year: number;
	gender: string;
	value: number;
	imported_at: Timestamp;
}

export interface Database {
	app_user: AppUserTable;
	session: SessionTable;
	organisation: OrganisationTable;
	focus_area: FocusAreaTable;
	unit: UnitTable;
	membership: MembershipTable;
	membership_unit: MembershipUnitTable;
	invitation: InvitationTable;
	password_reset: PasswordResetTable;
	rate_limit: RateLimitTable;
	app_setting: AppSettingTable;
	mapping_cycle: MappingCycleTable;
	mapping_unit: MappingUnitTable;
	mapping_activity: MappingActivityTable;
	mapping_document: MappingDocumentTable;
	mapping_relevance: MappingRelevanceTable;
	mapping_contribution: MappingContributionTable;
	mapping_challenge: MappingChallengeTable;
	mapping_input: MappingInputTable;
	audit_event: AuditEventTable;
	workshop: WorkshopTable;
	workshop_unit: WorkshopUnitTable;
	workshop_participant: WorkshopParticipantTable;
	interaction_score: InteractionScoreTable;
	interaction_agreed: InteractionAgreedTable;
	council_item: CouncilItemTable;
	council_comment: CouncilCommentTable;
	suggestion_feedback: SuggestionFeedbackTable;
	priority_goal: PriorityGoalTable;
	indicator: IndicatorTable;
	indicator_target_value: IndicatorTargetValueTable;
	indicator_outcome: IndicatorOutcomeTable;
	focus_area_sdg_target: SdgTargetLinkTable;
	priority_goal_sdg_target: SdgTargetLinkTable;
	indicator_sdg_target: SdgTargetLinkTable;
	goal_judgement: GoalJudgementTable;
	kolada_value: KoladaValueTable;
	action_plan: ActionPlanTable;
	action_plan_point: ActionPlanPointTable;
	action_measure: ActionMeasureTable;
	action_measure_focus_area: ActionMeasureLinkTable;
	action_measure_goal: ActionMeasureLinkTable;
	action_measure_indicator: ActionMeasureLinkTable;
	action_measure_unit: ActionMeasureUnitTable;
	action_measure_activity: ActionMeasureActivityTable;
	action_follow_up: ActionFollowUpTable;
	report_setting: ReportSettingTable;
	report_conclusion: ReportConclusionTable;
	report_publication: ReportPublicationTable;
}

export interface ActionPlanTable {
	id: Generated<string>;
	organisation_id: string;
	title: string;
	period_start: number;
	period_end: number;
	decided_by: string | null;
	/** ISO date text, YYYY-MM-DD. */
	decided_on: string | null;
	/** 'open' | 'closed' */
	status: Generated<string>;
	copied_from_id: string | null;
	created_by: string | null;
	created_at: Timestamp;
}

export interface ActionPlanPointTable {
	id: Generated<string>;
	organisation_id: string;
	plan_id: string;
	name: string;
	due_on: string | null;
	position: Generated<number>;
}

export interface ActionMeasureTable {
	id: Generated<string>;
	organisation_id: string;
	plan_id: string;
	number: number;
	title: string;
	description: string | null;
	local_target: string | null;
	responsible_unit_id: string | null;
	target_codes: ColumnType<string[], string[] | undefined, string[]>;
	/** 'council_item' | 'finding' | null */
	evidence_kind: string | null;
	evidence_council_item_id: string | null;
	evidence_cycle_id: string | null;
	evidence_finding_key: string | null;
	evidence_text: string | null;
	carried_from_id: string | null;
	created_by: string | null;
	created_at: Timestamp;
	updated_by: string | null;
	updated_at: Timestamp;
	version: Generated<number>;
}

/** action_measure_focus_area, action_measure_goal, action_measure_indicator. */
export interface ActionMeasureLinkTable {
	organisation_id: string;
	measure_id: string;
	subject_id: string;
}

export interface ActionMeasureUnitTable {
	organisation_id: string;
	measure_id: string;
	unit_id: string;
	position: Generated<number>;
}

export interface ActionMeasureActivityTable {
	organisation_id: string;
	measure_id: string;
	unit_id: string;
	cycle_id: string;
	activity_id: string;
}

export interface ActionFollowUpTable {
	id: Generated<string>;
	organisation_id: string;
	plan_id: string;
	measure_id: string;
	unit_id: string;
	point_id: string;
	status: string;
	completion: number | null;
	comment: string | null;
	indicator_values: Json;
	author_id: string | null;
	author_name: string | null;
	is_example: Generated<boolean>;
	created_at: Timestamp;
}

/** The nulägesanalys per cycle: sections chosen and own text before each. */
export interface ReportSettingTable {
	organisation_id: string;
	cycle_id: string;
	sections: Json;
	intros: Json;
	updated_by: string | null;
	updated_at: Timestamp;
}

/** One saved version of a conclusion (scope: a dimension or 'overall'); rows are only ever added. */
export interface ReportConclusionTable {
	id: Generated<string>;
	organisation_id: string;
	cycle_id: string;
	scope: string;
	version: number;
	text: string;
	author_id: string | null;
	author_name: Generated<string>;
	restored_from: number | null;
	created_at: Timestamp;
}

/** A published copy of the report under a public slug; unpublished_at set means gone (404). */
export interface ReportPublicationTable {
	id: Generated<string>;
	organisation_id: string;
	cycle_id: string;
	slug: string;
	versions: Json;
	snapshot: Json;
	published_by: string | null;
	published_at: Timestamp;
	unpublished_at: Date | null;
}
