import type { Plan } from '$lib/content/schema';
import { today } from '$lib/dates';
import { verifyCertificate, type Verification } from '$lib/plans/certificate';
import type { Backup } from '$lib/progress/backup';
import {
	getTeamDB,
	keepTraineeFile,
	keptTrainees,
	removeAllTrainees,
	removeTrainee,
	setTeamSetting,
	teamSetting,
	type TeamDB
} from '$lib/progress/team-files';
import { mostViolated, passRates, type PassRate, type RuleCount } from '$lib/trainee/cohort';
import { csvFileName, toCsv } from '$lib/trainee/csv';
import { traineeDetail, type DetailContent, type TraineeDetail } from '$lib/trainee/detail';
import { summarise, type CourseFacts, type TraineeSummary } from '$lib/trainee/summary';
import {
	shownRows,
	teamColumns,
	teamRow,
	type TeamColumn,
	type TeamRow,
	type TeamSortKey
} from '$lib/trainee/team';

/** A trainee file as the supervisor picked it. */
export interface TraineeFile {
	name: string;
	text: () => Promise<string>;
}

export interface TeamNotice {
	text: string;
	/** A refused file or a clash between two files: shown as an alert. */
	problem: boolean;
}

export interface TeamOptions {
	/** Blueprints modeled on a credential: a best-score column and a pass rate each. */
	certExams?: readonly { id: string; passPercent: number }[];
	/** Rule id → title, from the registry. */
	ruleTitles?: Readonly<Record<string, string>>;
	db?: TeamDB;
}

/** The columns the supervisor turned away from their default (shown or hidden). */
const TOGGLED = 'toggledColumns';

/**
 * The supervisor's console: trainee files kept on this device (in their own database, apart from
 * the supervisor's profile) until removed, compared in a table, summed up for the team, and
 * opened one trainee at a time.
 */
export class TeamConsole {
	rows = $state<TeamRow[]>([]);
	notices = $state<TeamNotice[]>([]);
	filter = $state('');
	sortKey = $state<TeamSortKey>('name');
	ascending = $state(true);
	toggled = $state<string[]>([]);
	loaded = $state(false);
	passRates = $state<PassRate[]>([]);
	violations = $state<RuleCount[]>([]);

	readonly columns: TeamColumn[];
	private readonly db: TeamDB;
	private readonly certIds: string[];
	private readonly ruleTitles: Readonly<Record<string, string>>;

	constructor(
		private readonly facts: CourseFacts,
		private readonly plans: readonly Plan[],
		options: TeamOptions = {}
	) {
		this.db = options.db ?? getTeamDB();
		this.columns = teamColumns(options.certExams ?? []);
		this.certIds = (options.certExams ?? []).map((e) => e.id);
		this.ruleTitles = options.ruleTitles ?? {};
	}

	get problems(): string[] {
		return this.notices.filter((n) => n.problem).map((n) => n.text);
	}

	get shown(): TeamRow[] {
		return shownRows(this.rows, this.filter, this.sortKey, this.ascending);
	}

	isVisible(column: TeamColumn): boolean {
		return column.byDefault !== this.toggled.includes(column.key);
	}

	get visibleColumns(): TeamColumn[] {
		return this.columns.filter((c) => this.isVisible(c));
	}

	/** Shows or hides a column; the choice is kept in the team database. The name always shows. */
	async toggleColumn(key: string): Promise<void> {
		if (key === 'name') return;
		this.toggled = this.toggled.includes(key)
			? this.toggled.filter((k) => k !== key)
			: [...this.toggled, key];
		await setTeamSetting(this.db, TOGGLED, $state.snapshot(this.toggled));
	}

	/** Reads every kept trainee file and the column choice. */
	async load(): Promise<void> {
		this.toggled = (await teamSetting(this.db, TOGGLED)) ?? [];
		const { backups, problems } = await keptTrainees(this.db);
		this.show(backups);
		if (problems.length) this.notices = problems.map((text) => ({ text, problem: true }));
		this.loaded = true;
	}

	private show(backups: readonly Backup[]): void {
		const day = today();
		const summaries: TraineeSummary[] = [];
		this.rows = backups.map((b) => {
			const s = summarise(b, this.facts, day);
			summaries.push(s);
			return teamRow(b, this.facts, this.plans, day, s);
		});
		this.passRates = passRates(summaries, this.certIds);
		this.violations = mostViolated(
			backups.map((b) => ({ id: b.profile.id, callRuns: b.tables.callRuns })),
			this.ruleTitles
		);
	}

	/** Checks and keeps each file; says in plain words what each file did. */
	async add(files: readonly TraineeFile[]): Promise<void> {
		const notices: TeamNotice[] = [];
		for (const file of files) {
			const r = await keepTraineeFile(this.db, file.name, await file.text());
			notices.push({ text: r.message, problem: r.problem });
		}
		await this.load();
		this.notices = [...this.notices, ...notices];
	}

	async remove(id: string): Promise<void> {
		const name = this.rows.find((r) => r.id === id)?.name ?? 'The trainee';
		await removeTrainee(this.db, id);
		await this.load();
		this.notices = [{ text: `Removed ${name}'s file from this device.`, problem: false }];
	}

	async removeAll(): Promise<void> {
		await removeAllTrainees(this.db);
		await this.load();
		this.notices = [{ text: 'Removed every trainee file from this device.', problem: false }];
	}

	/** A second click on the sorted column reverses it; names sort A–Z first, figures high first. */
	sortBy(key: TeamSortKey): void {
		if (this.sortKey === key) this.ascending = !this.ascending;
		else {
			this.sortKey = key;
			this.ascending = key === 'name';
		}
	}

	/** Exactly what the table shows: visible columns in order, filtered and sorted rows. */
	csv(): { name: string; text: string } {
		const cols = this.visibleColumns;
		return {
			name: csvFileName(today()),
			text: toCsv(
				cols.map((c) => c.label),
				this.shown.map((r) => cols.map((c) => c.text(r)))
			)
		};
	}

	/** One kept trainee in full, or undefined when no kept file has that id. */
	async trainee(id: string, content: DetailContent): Promise<TraineeDetail | undefined> {
		const backup = await this.#kept(id);
		return backup && traineeDetail(backup, this.facts, this.plans, today(), content);
	}

	/** Whether the trainee's certificate still matches the records in their kept file. */
	async certificateCheck(id: string): Promise<Verification | undefined> {
		const backup = await this.#kept(id);
		return backup && verifyCertificate(backup, this.facts, this.plans);
	}

	async #kept(id: string): Promise<Backup | undefined> {
		const { backups } = await keptTrainees(this.db);
		return backups.find((b) => b.profile.id === id);
	}
}
