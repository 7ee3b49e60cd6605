// The tables an organisation export carries, in the order they are written on import (parents first), with
// each column's kind. Generated once from the migrated schema (information_schema) and then kept by hand in
// step with migrations/: a migration that adds an organisation table or column adds it here and raises
// ORG_EXPORT_VERSION when old files no longer fit. Left out on purpose: password hashes, sessions, reset and
// invitation tokens, guests' tokens, rate limits and installation settings.
export type ColumnKind = 'uuid' | 'text' | 'int' | 'float' | 'bool' | 'ts' | 'json' | 'text[]' | 'int[]';
/** [name, kind, nullable] */
export type ColumnSpec = readonly [string, ColumnKind, true?];

export interface TableSpec {
	name: string;
	columns: readonly ColumnSpec[];
	/** Unique columns the rows are sorted by, so that two exports of the same data are byte-identical. */
	key: readonly string[];
	/** A column pointing at a row of the same table: rows are written parents first. */
	selfRef?: string;
	/** Columns holding a user id: those users travel in the file's users list. */
	userColumns?: readonly string[];
}

export const organisationColumns: readonly ColumnSpec[] = [['id', 'uuid'], ['name', 'text'], ['kind', 'text'], ['kolada_id', 'text', true], ['vision', 'text', true], ['vision_name', 'text', true], ['created_at', 'ts'], ['dimension_goals', 'json', true], ['kolada_comparison_id', 'text']];

/** Members and anyone the rows name (an author who has since left): no password hash, no admin flag. */
export const userColumns: readonly ColumnSpec[] = [['id', 'uuid'], ['email', 'text'], ['display_name', 'text'], ['created_at', 'ts']];

export const tables: readonly TableSpec[] = [
	{
		name: 'unit',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['parent_id', 'uuid', true], ['name', 'text'], ['type', 'text'], ['position', 'int'], ['created_at', 'ts']],
		key: ['id'],
		selfRef: 'parent_id'
	},
	{
		name: 'focus_area',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['name', 'text'], ['description', 'text', true], ['position', 'int'], ['parent_id', 'uuid', true], ['updated_at', 'ts']],
		key: ['id'],
		selfRef: 'parent_id'
	},
	{
		name: 'membership',
		columns: [['organisation_id', 'uuid'], ['user_id', 'uuid'], ['role', 'text'], ['created_at', 'ts']],
		key: ['user_id'],
		userColumns: ['user_id']
	},
	{
		name: 'membership_unit',
		columns: [['organisation_id', 'uuid'], ['user_id', 'uuid'], ['unit_id', 'uuid']],
		key: ['user_id', 'unit_id'],
		userColumns: ['user_id']
	},
	{
		name: 'mapping_cycle',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['name', 'text'], ['year', 'int'], ['status', 'text'], ['copied_from_id', 'uuid', true], ['created_by', 'uuid', true], ['created_at', 'ts']],
		key: ['id'],
		selfRef: 'copied_from_id',
		userColumns: ['created_by']
	},
	{
		name: 'mapping_unit',
		columns: [['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['grunduppdrag', 'text'], ['created_at', 'ts'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['cycle_id', 'unit_id'],
		userColumns: ['agreed_by']
	},
	{
		name: 'mapping_activity',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['name', 'text'], ['description', 'text', true], ['owner', 'text', true], ['position', 'int'], ['created_at', 'ts'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['id'],
		userColumns: ['agreed_by']
	},
	{
		name: 'mapping_document',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['name', 'text'], ['type', 'text'], ['url', 'text', true], ['target_codes', 'text[]'], ['created_at', 'ts'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['id'],
		userColumns: ['agreed_by']
	},
	{
		name: 'mapping_relevance',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['kind', 'text'], ['code', 'text'], ['level', 'text'], ['motivation', 'text', true], ['created_at', 'ts'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['id'],
		userColumns: ['agreed_by']
	},
	{
		name: 'mapping_contribution',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['activity_id', 'uuid'], ['target_code', 'text'], ['direction', 'text'], ['strength', 'int'], ['directness', 'text'], ['motivation', 'text', true], ['indicator_kind', 'text', true], ['indicator_ref', 'text', true], ['created_at', 'ts'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['id'],
		userColumns: ['agreed_by']
	},
	{
		name: 'mapping_challenge',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['dimension', 'text'], ['kind', 'text'], ['text', 'text'], ['target_codes', 'text[]'], ['created_at', 'ts'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['id'],
		userColumns: ['agreed_by']
	},
	{
		name: 'workshop',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['name', 'text'], ['steps', 'text[]'], ['step_index', 'int'], ['current_unit_id', 'uuid'], ['extra_goals', 'int[]'], ['show_results', 'bool'], ['status', 'text'], ['join_code', 'text'], ['seq', 'int'], ['created_by', 'uuid', true], ['created_at', 'ts']],
		key: ['id'],
		userColumns: ['created_by']
	},
	{
		name: 'workshop_unit',
		columns: [['organisation_id', 'uuid'], ['workshop_id', 'uuid'], ['unit_id', 'uuid'], ['position', 'int']],
		key: ['workshop_id', 'unit_id']
	},
	{
		name: 'workshop_participant',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['workshop_id', 'uuid'], ['display_name', 'text'], ['created_at', 'ts'], ['user_id', 'uuid', true]],
		key: ['id'],
		userColumns: ['user_id']
	},
	{
		name: 'mapping_input',
		columns: [['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['id', 'uuid'], ['workshop_id', 'uuid', true], ['author_user_id', 'uuid', true], ['author_guest_id', 'uuid', true], ['kind', 'text'], ['subject', 'text'], ['value', 'json'], ['created_at', 'ts'], ['seq', 'int', true]],
		key: ['id'],
		userColumns: ['author_user_id']
	},
	{
		name: 'suggestion_feedback',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['unit_id', 'uuid'], ['activity_id', 'uuid', true], ['workshop_id', 'uuid', true], ['target_code', 'text'], ['decision', 'text'], ['rank', 'int'], ['score', 'float'], ['lang', 'text'], ['author_user_id', 'uuid', true], ['author_guest_id', 'uuid', true], ['created_at', 'ts']],
		key: ['id'],
		userColumns: ['author_user_id']
	},
	{
		name: 'interaction_score',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['from_code', 'text'], ['to_code', 'text'], ['scorer_user_id', 'uuid'], ['score', 'int'], ['reason', 'text'], ['created_at', 'ts'], ['updated_at', 'ts']],
		key: ['id'],
		userColumns: ['scorer_user_id']
	},
	{
		name: 'interaction_agreed',
		columns: [['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['from_code', 'text'], ['to_code', 'text'], ['score', 'int'], ['reason', 'text'], ['source', 'text'], ['agreed_by', 'uuid', true], ['agreed_at', 'ts'], ['version', 'int']],
		key: ['cycle_id', 'from_code', 'to_code'],
		userColumns: ['agreed_by']
	},
	{
		name: 'council_item',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['finding_key', 'text'], ['kind', 'text'], ['title', 'text'], ['status', 'text'], ['recommendation', 'text'], ['evidence', 'json'], ['created_by', 'uuid', true], ['created_at', 'ts'], ['updated_by', 'uuid', true], ['updated_at', 'ts'], ['version', 'int']],
		key: ['id'],
		userColumns: ['created_by', 'updated_by']
	},
	{
		name: 'council_comment',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['item_id', 'uuid'], ['author_user_id', 'uuid', true], ['text', 'text'], ['created_at', 'ts']],
		key: ['id'],
		userColumns: ['author_user_id']
	},
	{
		name: 'priority_goal',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['focus_area_id', 'uuid', true], ['parent_id', 'uuid', true], ['unit_id', 'uuid', true], ['title', 'text'], ['description', 'text', true], ['period_start', 'int', true], ['period_end', 'int', true], ['position', 'int'], ['created_at', 'ts'], ['updated_at', 'ts']],
		key: ['id'],
		selfRef: 'parent_id'
	},
	{
		name: 'priority_goal_sdg_target',
		columns: [['organisation_id', 'uuid'], ['subject_id', 'uuid'], ['target_code', 'text']],
		key: ['subject_id', 'target_code']
	},
	{
		name: 'focus_area_sdg_target',
		columns: [['organisation_id', 'uuid'], ['subject_id', 'uuid'], ['target_code', 'text']],
		key: ['subject_id', 'target_code']
	},
	{
		name: 'indicator',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['goal_id', 'uuid'], ['name', 'text'], ['kind', 'text'], ['kolada_kpi', 'text', true], ['source_name', 'text', true], ['unit_label', 'text', true], ['direction', 'text'], ['position', 'int'], ['created_at', 'ts'], ['updated_at', 'ts']],
		key: ['id']
	},
	{
		name: 'indicator_sdg_target',
		columns: [['organisation_id', 'uuid'], ['subject_id', 'uuid'], ['target_code', 'text']],
		key: ['subject_id', 'target_code']
	},
	{
		name: 'indicator_target_value',
		columns: [['organisation_id', 'uuid'], ['indicator_id', 'uuid'], ['year', 'int'], ['value', 'float']],
		key: ['indicator_id', 'year']
	},
	{
		name: 'indicator_outcome',
		columns: [['organisation_id', 'uuid'], ['indicator_id', 'uuid'], ['year', 'int'], ['gender', 'text'], ['area', 'text'], ['value', 'float'], ['updated_at', 'ts']],
		key: ['indicator_id', 'year', 'gender', 'area']
	},
	{
		name: 'goal_judgement',
		columns: [['organisation_id', 'uuid'], ['goal_id', 'uuid'], ['year', 'int'], ['level', 'text'], ['analysis', 'text'], ['updated_by', 'uuid', true], ['updated_at', 'ts']],
		key: ['goal_id', 'year'],
		userColumns: ['updated_by']
	},
	{
		name: 'kolada_value',
		columns: [['organisation_id', 'uuid'], ['kpi', 'text'], ['municipality', 'text'], ['year', 'int'], ['gender', 'text'], ['value', 'float'], ['imported_at', 'ts']],
		key: ['kpi', 'municipality', 'year', 'gender']
	},
	{
		name: 'report_setting',
		columns: [['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['sections', 'json'], ['intros', 'json'], ['updated_by', 'uuid', true], ['updated_at', 'ts']],
		key: ['cycle_id'],
		userColumns: ['updated_by']
	},
	{
		name: 'report_conclusion',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['scope', 'text'], ['version', 'int'], ['text', 'text'], ['author_id', 'uuid', true], ['author_name', 'text'], ['restored_from', 'int', true], ['created_at', 'ts']],
		key: ['id'],
		userColumns: ['author_id']
	},
	{
		name: 'report_publication',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['cycle_id', 'uuid'], ['slug', 'text'], ['versions', 'json'], ['snapshot', 'json'], ['published_by', 'uuid', true], ['published_at', 'ts'], ['unpublished_at', 'ts', true]],
		key: ['id'],
		userColumns: ['published_by']
	},
	{
		name: 'action_plan',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['title', 'text'], ['period_start', 'int'], ['period_end', 'int'], ['decided_by', 'text', true], ['decided_on', 'text', true], ['status', 'text'], ['copied_from_id', 'uuid', true], ['created_by', 'uuid', true], ['created_at', 'ts']],
		key: ['id'],
		selfRef: 'copied_from_id',
		userColumns: ['created_by']
	},
	{
		name: 'action_plan_point',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['plan_id', 'uuid'], ['name', 'text'], ['due_on', 'text', true], ['position', 'int']],
		key: ['id']
	},
	{
		name: 'action_measure',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['plan_id', 'uuid'], ['number', 'int'], ['title', 'text'], ['description', 'text', true], ['local_target', 'text', true], ['responsible_unit_id', 'uuid', true], ['target_codes', 'text[]'], ['evidence_kind', 'text', true], ['evidence_council_item_id', 'uuid', true], ['evidence_cycle_id', 'uuid', true], ['evidence_finding_key', 'text', true], ['evidence_text', 'text', true], ['carried_from_id', 'uuid', true], ['created_by', 'uuid', true], ['created_at', 'ts'], ['updated_by', 'uuid', true], ['updated_at', 'ts'], ['version', 'int']],
		key: ['id'],
		selfRef: 'carried_from_id',
		userColumns: ['created_by', 'updated_by']
	},
	{
		name: 'action_measure_focus_area',
		columns: [['organisation_id', 'uuid'], ['measure_id', 'uuid'], ['subject_id', 'uuid']],
		key: ['measure_id', 'subject_id']
	},
	{
		name: 'action_measure_goal',
		columns: [['organisation_id', 'uuid'], ['measure_id', 'uuid'], ['subject_id', 'uuid']],
		key: ['measure_id', 'subject_id']
	},
	{
		name: 'action_measure_indicator',
		columns: [['organisation_id', 'uuid'], ['measure_id', 'uuid'], ['subject_id', 'uuid']],
		key: ['measure_id', 'subject_id']
	},
	{
		name: 'action_measure_unit',
		columns: [['organisation_id', 'uuid'], ['measure_id', 'uuid'], ['unit_id', 'uuid'], ['position', 'int']],
		key: ['measure_id', 'unit_id']
	},
	{
		name: 'action_measure_activity',
		columns: [['organisation_id', 'uuid'], ['measure_id', 'uuid'], ['unit_id', 'uuid'], ['cycle_id', 'uuid'], ['activity_id', 'uuid']],
		key: ['measure_id', 'activity_id']
	},
	{
		name: 'action_follow_up',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['plan_id', 'uuid'], ['measure_id', 'uuid'], ['unit_id', 'uuid'], ['point_id', 'uuid'], ['status', 'text'], ['completion', 'int', true], ['comment', 'text', true], ['indicator_values', 'json'], ['author_id', 'uuid', true], ['author_name', 'text', true], ['is_example', 'bool'], ['created_at', 'ts']],
		key: ['id'],
		userColumns: ['author_id']
	},
	{
		name: 'audit_event',
		columns: [['id', 'uuid'], ['organisation_id', 'uuid'], ['actor_user_id', 'uuid', true], ['action', 'text'], ['entity', 'text'], ['entity_id', 'text', true], ['cycle_id', 'uuid', true], ['unit_id', 'uuid', true], ['workshop_id', 'uuid', true], ['details', 'json'], ['at', 'ts']],
		key: ['id'],
		userColumns: ['actor_user_id']
	},
];
