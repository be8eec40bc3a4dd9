import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AcademyDB, PROFILE_TABLES } from './db';

/**
 * Every earlier schema version has a fixture: a database as that version wrote it. Opening it with
 * today's schema must upgrade it and keep every record.
 */
const fixtures = import.meta.glob<{
	version: number;
	stores: Record<string, string>;
	data: Record<string, unknown[]>;
}>('./migrations/v*.json', { eager: true, import: 'default' });

let count = 0;

describe('database migrations', () => {
	it('has a fixture for every schema version before the current one, and for the current one', () => {
		const versions = Object.values(fixtures).map((f) => f.version);
		const current = new AcademyDB('probe').verno;
		for (let v = 1; v <= current; v++) expect(versions).toContain(v);
	});

	for (const [file, fixture] of Object.entries(fixtures)) {
		it(`opens a version ${fixture.version} database (${file}) and finds every record`, async () => {
			const name = `migration-${fixture.version}-${++count}`;
			const old = new Dexie(name);
			old.version(fixture.version).stores(fixture.stores);
			await old.open();
			for (const [table, rows] of Object.entries(fixture.data))
				await old.table(table).bulkAdd(rows);
			old.close();

			const db = new AcademyDB(name);
			await db.open();
			for (const table of ['profiles', ...PROFILE_TABLES] as const) {
				const rows = await db.table(table).toArray();
				expect(rows, table).toEqual(fixture.data[table] ?? []);
			}
			db.close();
		});
	}
});
