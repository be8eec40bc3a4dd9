import * as v from 'valibot';
import { AcademyDB } from './db';
import { RECORD_SCHEMAS } from './schema';
import { TeamDB } from './team-files';

let count = 0;

/**
 * A fresh, empty database for one test (fake-indexeddb keeps it in memory). Every record written
 * to it is checked against its table's schema, so a repository that stores a record a backup
 * would refuse fails its own tests.
 */
export function freshDB(): AcademyDB {
	const db = new AcademyDB(`test-${Date.now()}-${++count}`);
	db.use({
		stack: 'dbcore',
		name: 'record-schemas',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (request) => {
						// A digest is derived from checked records, and never leaves the device.
						if (name === 'digests') return table.mutate(request);
						if (request.type === 'add' || request.type === 'put')
							for (const value of request.values) checkRecord(name, value);
						return table.mutate(request);
					}
				};
			}
		})
	});
	return db;
}

/** A fresh, empty team database (the supervisor's kept trainee files) for one test. */
export function freshTeamDB(): TeamDB {
	return new TeamDB(`team-test-${Date.now()}-${++count}`);
}

const isTable = (name: string): name is keyof typeof RECORD_SCHEMAS => name in RECORD_SCHEMAS;

export function checkRecord(table: string, record: unknown): void {
	if (!isTable(table)) throw new Error(`No record schema for the table "${table}" in schema.ts.`);
	const checked = v.safeParse(RECORD_SCHEMAS[table], record);
	if (!checked.success)
		throw new Error(
			`A ${table} record does not match its schema: ${checked.issues
				.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`)
				.join('; ')}\n${JSON.stringify(record)}`
		);
}

/**
 * A fresh test database whose `nth` write to `table` (counted from its creation) fails, as a full
 * disk or a tab closed mid-write would; the writes after it work again.
 */
export function failingDB(table: string, nth = 1): AcademyDB {
	const db = freshDB();
	let writes = 0;
	db.use({
		stack: 'dbcore',
		name: 'failing-write',
		create: (down) => ({
			...down,
			table: (name) => {
				const inner = down.table(name);
				if (name !== table) return inner;
				return {
					...inner,
					mutate: (request) =>
						++writes === nth
							? Promise.reject(new Error(`Write ${nth} to ${table} failed (test).`))
							: inner.mutate(request)
				};
			}
		})
	});
	return db;
}
