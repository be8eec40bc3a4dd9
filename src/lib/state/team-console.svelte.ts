import type { Plan } from '$lib/content/schema';
import { today } from '$lib/dates';
import { readBackup } from '$lib/progress/backup';
import type { CourseFacts } from '$lib/trainee/summary';
import { shownRows, teamRow, type TeamRow, type TeamSortKey } from '$lib/trainee/team';

/** A trainee file as the supervisor picked it. */
export interface TraineeFile {
	name: string;
	text: () => Promise<string>;
}

/**
 * The supervisor's team view: trainee files read in the tab, compared in a table. Nothing is
 * stored; closing the tab forgets every file.
 */
export class TeamConsole {
	rows = $state<TeamRow[]>([]);
	problems = $state<string[]>([]);
	filter = $state('');
	sortKey = $state<TeamSortKey>('name');
	ascending = $state(true);

	constructor(
		private readonly facts: CourseFacts,
		private readonly plans: readonly Plan[]
	) {}

	get shown(): TeamRow[] {
		return shownRows(this.rows, this.filter, this.sortKey, this.ascending);
	}

	/** Reads each file; a file that is not a profile export is named with the reason. */
	async add(files: readonly TraineeFile[]): Promise<void> {
		this.problems = [];
		for (const file of files) {
			const read = readBackup(await file.text());
			if (!read.ok) {
				this.problems.push(`${file.name}: ${read.message}`);
				continue;
			}
			const row = teamRow(read.backup, this.facts, this.plans, today());
			// The same trainee opened twice: the newer file wins.
			this.rows = [...this.rows.filter((r) => r.id !== row.id), row];
		}
	}

	/** A second click on the sorted column reverses it; names sort A–Z first, figures high first. */
	sortBy(key: TeamSortKey): void {
		if (this.sortKey === key) this.ascending = !this.ascending;
		else {
			this.sortKey = key;
			this.ascending = key === 'name';
		}
	}

	clear(): void {
		this.rows = [];
		this.problems = [];
	}
}
