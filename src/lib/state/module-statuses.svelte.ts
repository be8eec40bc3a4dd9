import type { AcademyDB } from '$lib/progress/db';
import { listModuleProgress } from '$lib/progress/module-progress';
import type { ModuleProgress, ModuleStatus } from '$lib/progress/records';

/** A module as a list or a "continue" link shows it. */
export interface ModuleLink {
	id: string;
	title: string;
	href: string;
}

/** How far the learner is in each module, for module lists and the "continue learning" link. */
export class ModuleStatuses {
	progress = $state.raw<ModuleProgress[]>([]);

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string
	) {}

	async load(): Promise<void> {
		this.progress = await listModuleProgress(this.db, this.profileId);
	}

	get byModule(): Record<string, ModuleStatus> {
		return Object.fromEntries(this.progress.map((p) => [p.moduleId, p.status]));
	}

	/**
	 * Where to go next among `modules` (in course order): the module read most recently and not
	 * finished, else the first one not completed; undefined when every one is done.
	 */
	next<M extends ModuleLink>(modules: readonly M[]): (M & { resume: boolean }) | undefined {
		const started = this.progress
			.filter((p) => p.status === 'in-progress')
			.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
		const resume = started && modules.find((m) => m.id === started.moduleId);
		if (resume) return { ...resume, resume: true };
		const done = new Set(
			this.progress.filter((p) => p.status === 'complete').map((p) => p.moduleId)
		);
		const fresh = modules.find((m) => !done.has(m.id));
		return fresh && { ...fresh, resume: false };
	}
}
