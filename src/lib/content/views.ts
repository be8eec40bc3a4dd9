/** The shapes of course data that pages receive (built on the server, read in the browser). */
import type { Track } from './schema.ts';

export interface ModuleSummary {
	id: string;
	title: string;
	summary: string;
	track: Track;
	order: number;
	minutes: number;
	/** Modules to read first, by title. */
	prerequisites: { id: string; title: string }[];
	href: string;
}

export interface Citation {
	id: string;
	citation: string;
	title: string;
	/** Where the rule is taught: a module page and heading. */
	href?: string;
}

/** A question as the browser needs it to ask, mark and explain it. */
export interface QuestionView {
	id: string;
	stem: string;
	options: string[];
	/** Index of the correct option in `options`. */
	answer: number;
	explanationHtml: string;
	domain: string;
	certs: string[];
	difficulty: number;
	citations: Citation[];
	/** The module that teaches the question, so every explanation leads somewhere to study. */
	studyIn: { title: string; href: string };
}
