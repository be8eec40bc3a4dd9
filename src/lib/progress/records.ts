/**
 * The records stored on the device, as types. Every record but a profile belongs to one profile.
 * Each type is inferred from its schema in schema.ts, the one place a record's shape is defined.
 */
import type * as v from 'valibot';
import type {
	AuditAttemptSchema,
	CertificateSchema,
	CallRunSchema,
	DrillAttemptSchema,
	DeviceSettingSchema,
	ExamSessionSchema,
	ModuleProgressSchema,
	NoteSchema,
	PlanAssignmentSchema,
	ProfileSchema,
	ReviewCardSchema,
	ReviewLogEntrySchema,
	SettingSchema
} from './schema';

export type { ExamResult, RecordedAnswer } from '$lib/exam/types';
export type { CallStep } from '$lib/calls/conversation';

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ModuleProgress = v.InferOutput<typeof ModuleProgressSchema>;
export type ModuleStatus = ModuleProgress['status'];
export type Note = v.InferOutput<typeof NoteSchema>;
export type ExamSession = v.InferOutput<typeof ExamSessionSchema>;
export type ExamTiming = NonNullable<ExamSession['timing']>;
export type ReviewCard = v.InferOutput<typeof ReviewCardSchema>;
export type ReviewLogEntry = v.InferOutput<typeof ReviewLogEntrySchema>;
export type CallRun = v.InferOutput<typeof CallRunSchema>;
export type CallRunResult = NonNullable<CallRun['result']>;
export type PlanAssignment = v.InferOutput<typeof PlanAssignmentSchema>;
export type Certificate = v.InferOutput<typeof CertificateSchema>;

/** A setting of a profile, as a backup carries it; its key decides the type of its value. */
export type Setting = v.InferOutput<typeof SettingSchema>;
/** A setting of the whole device, such as the active profile; its profileId is ''. */
export type DeviceSetting = v.InferOutput<typeof DeviceSettingSchema>;
export type SettingKey = (Setting | DeviceSetting)['key'];
/** The type of each setting's value, by key. */
export type SettingValues = { [S in Setting | DeviceSetting as S['key']]: S['value'] };
/**
 * A row of the settings table. Read and write it through settings.ts, which types each value by
 * its key; the table itself cannot tie a value to its key.
 */
export interface StoredSetting<K extends SettingKey = SettingKey> {
	profileId: string;
	key: K;
	value: SettingValues[K];
}

export type DrillAttempt = v.InferOutput<typeof DrillAttemptSchema>;
export type AuditAttempt = v.InferOutput<typeof AuditAttemptSchema>;
export type AuditAttemptResult = AuditAttempt['result'];
