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
	created_at: Timestamp;
}

export interface FocusAreaTable {
	id: Generated<string>;
	organisation_id: string;
	name: string;
	description: string | null;
	position: Generated<number>;
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
}
