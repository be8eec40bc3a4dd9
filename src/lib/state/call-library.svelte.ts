import { bestScores } from '$lib/calls/best-scores';
import { runsOf } from '$lib/progress/call-runs';
import type { AcademyDB } from '$lib/progress/db';
import type { CallRunResult } from '$lib/progress/records';

/** The practice-call library: the learner's best finished result for each scenario. */
export class CallLibrary {
	best = $state.raw(new Map<string, CallRunResult>());

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string
	) {}

	async load(): Promise<void> {
		this.best = bestScores(await runsOf(this.db, this.profileId));
	}
}
