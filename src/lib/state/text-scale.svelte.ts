/**
 * The learner's text size, a setting of their profile, applied to the whole app (the root font
 * size scales every rem). The exam room has the buttons; every page applies the saved size.
 */
import { getSetting, setSetting } from '$lib/progress/settings';
import { profileState } from './profile.svelte';

export const TEXT_SCALES = [0.9, 1, 1.15, 1.3, 1.5] as const;

class TextScale {
	value = $state(1);

	/** Applies the saved size of the profile in use. */
	async load() {
		const profile = profileState.current;
		if (!profile) return;
		const saved = await getSetting(profileState.db, profile.id, 'textScale').catch(() => undefined);
		this.#apply(saved && (TEXT_SCALES as readonly number[]).includes(saved) ? saved : 1);
	}

	async change(delta: number) {
		const at = TEXT_SCALES.indexOf(this.value as (typeof TEXT_SCALES)[number]);
		const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, at + delta))] ?? 1;
		this.#apply(next);
		const profile = profileState.current;
		if (profile) await setSetting(profileState.db, profile.id, 'textScale', next).catch(() => {});
	}

	get smallest() {
		return this.value === TEXT_SCALES[0];
	}

	get largest() {
		return this.value === TEXT_SCALES.at(-1);
	}

	#apply(value: number) {
		this.value = value;
		document.documentElement.style.setProperty('--text-scale', String(value));
	}
}

export const textScale = new TextScale();
