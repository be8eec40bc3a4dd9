import { bestScores } from '$lib/calls/best-scores';
import type { CallScenario } from '$lib/content/schema';
import { deleteRun, runsOf, startRun } from '$lib/progress/call-runs';
import type { AcademyDB } from '$lib/progress/db';
import { callRunProblem } from '$lib/progress/integrity';
import type { CallRun, CallRunResult } from '$lib/progress/records';
import { getSetting, setSetting } from '$lib/progress/settings';
import { CallRunner } from './call-runner.svelte';
import { attemptSave } from './storage';

/**
 * One scenario's page: the learner's calls of it, the call open now (if any), and the speech
 * setting. Records that cannot be read are kept apart and named, never shown as calls.
 */
export class CallDesk {
	runner = $state.raw<CallRunner | undefined>();
	history = $state.raw<CallRun[]>([]);
	/** Calls of this scenario whose records cannot be read. */
	damaged = $state.raw<CallRun[]>([]);
	/** Why the call asked for cannot be shown, if it cannot. */
	broken = $state('');
	problem = $state('');
	speak = $state(false);

	constructor(
		private readonly db: AcademyDB,
		readonly scenario: CallScenario,
		private readonly profileId: string
	) {}

	get best(): CallRunResult | undefined {
		return bestScores(this.history).get(this.scenario.id);
	}

	/** What is wrong with the first damaged call, in plain words. */
	get damagedReason(): string | undefined {
		const first = this.damaged[0];
		return first && callRunProblem(first);
	}

	/** Loads the history and opens the call `runId` (or none); says so if it is missing or damaged. */
	async open(runId: string | null): Promise<void> {
		this.problem = '';
		this.speak = (await getSetting(this.db, this.profileId, 'speech')) ?? false;
		await this.#loadHistory();
		this.broken = '';
		const opened = runId ? await CallRunner.open(this.db, this.scenario, runId) : undefined;
		if (runId && !opened)
			this.problem = 'This call was not found on this device. Start a new one below.';
		// Stored by an older version or changed by hand: say what is wrong instead of failing.
		if (opened) this.broken = callRunProblem(opened.run) ?? replayProblem(opened) ?? '';
		this.runner = this.broken ? undefined : opened;
	}

	/** Runs a write; a failure becomes the page's problem in plain words. True when it saved. */
	act = async (action: () => Promise<unknown>): Promise<boolean> => {
		this.problem = '';
		const failure = await attemptSave(action);
		if (failure) this.problem = failure;
		return !failure;
	};

	discard(ids: readonly string[]): Promise<boolean> {
		return this.act(async () => {
			for (const id of ids) await deleteRun(this.db, id);
			this.broken = '';
			await this.#loadHistory();
		});
	}

	/** Starts a new call of this scenario, or a replay of a stored one from one of its decisions. */
	async begin(from?: { run: CallRun; decision: number }): Promise<CallRun | undefined> {
		let run: CallRun | undefined;
		await this.act(async () => {
			run = await startRun(this.db, this.profileId, this.scenario.id, from);
		});
		return run;
	}

	setSpeech(on: boolean): Promise<boolean> {
		this.speak = on;
		return this.act(() => setSetting(this.db, this.profileId, 'speech', on));
	}

	/** Files the account note of the open call, scoring it, and refreshes the history. */
	file(note: string, questionsByRule: Record<string, string[]>): Promise<boolean> {
		const runner = this.runner;
		if (!note.trim() || !runner) return Promise.resolve(false);
		return this.act(async () => {
			await runner.file(note, questionsByRule);
			await this.#loadHistory();
		});
	}

	async #loadHistory() {
		const runs = await runsOf(this.db, this.profileId, this.scenario.id);
		this.damaged = runs.filter((r) => callRunProblem(r));
		this.history = runs.filter((r) => !callRunProblem(r));
	}
}

/** The call replayed from its steps, or why it cannot be. */
function replayProblem(runner: CallRunner): string | undefined {
	try {
		void runner.stage;
		return undefined;
	} catch {
		return 'its steps no longer fit this call';
	}
}
