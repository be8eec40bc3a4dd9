/**
 * Talking to the LMS: every call goes through here, and every call that fails (returns "false",
 * throws, or leaves an error code other than 0) is logged and reported as failed, never thrown.
 * An LMS that rejects a call must not stop the learner. Pure: it takes the API and the logger.
 */
import type { Scorm12Api } from './api';

export interface Logger {
	warn(...args: unknown[]): void;
}

export class LmsConnection {
	/** Calls that failed, in order, for the log and for tests. */
	readonly failures: string[] = [];
	readonly #api: Scorm12Api;
	readonly #log: Logger;
	readonly #values = new Map<string, string>();

	constructor(api: Scorm12Api, log: Logger = console) {
		this.#api = api;
		this.#log = log;
	}

	#fail(what: string, detail: string) {
		const line = `SCORM: ${what} failed (${detail})`;
		this.failures.push(line);
		this.#log.warn(line);
	}

	#lastError(what: string): boolean {
		try {
			const code = String(this.#api.LMSGetLastError() ?? '0');
			if (code === '0' || code === '') return true;
			let text = '';
			try {
				text = this.#api.LMSGetErrorString(code);
			} catch {
				// The message is a nicety; the code is logged all the same.
			}
			this.#fail(what, `error ${code}${text ? `: ${text}` : ''}`);
			return false;
		} catch (error) {
			this.#fail(what, `LMSGetLastError threw: ${String(error)}`);
			return false;
		}
	}

	#call(what: string, run: () => string): boolean {
		try {
			const result = String(run());
			if (result !== 'true') {
				this.#fail(what, `returned ${JSON.stringify(result)}`);
				return false;
			}
			return this.#lastError(what);
		} catch (error) {
			this.#fail(what, `threw: ${String(error)}`);
			return false;
		}
	}

	initialize = () => this.#call('LMSInitialize', () => this.#api.LMSInitialize(''));
	commit = () => this.#call('LMSCommit', () => this.#api.LMSCommit(''));
	finish = () => this.#call('LMSFinish', () => this.#api.LMSFinish(''));

	/** The value, or '' when the LMS has none or the call fails. */
	get(element: string): string {
		try {
			const value = String(this.#api.LMSGetValue(element) ?? '');
			return this.#lastError(`LMSGetValue ${element}`) ? value : '';
		} catch (error) {
			this.#fail(`LMSGetValue ${element}`, `threw: ${String(error)}`);
			return '';
		}
	}

	/** Sets a value; a value the LMS already accepted is not sent again. Returns whether it was sent. */
	set(element: string, value: string): boolean {
		if (this.#values.get(element) === value) return false;
		if (this.#call(`LMSSetValue ${element}`, () => this.#api.LMSSetValue(element, value)))
			this.#values.set(element, value);
		return true;
	}
}
