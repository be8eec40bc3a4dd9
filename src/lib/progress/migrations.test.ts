import Dexie from 'dexie';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AcademyDB, PROFILE_TABLES } from './db';
import { RECORD_SCHEMAS } from './schema';

/**
 * Every earlier schema version has a fixture: a database as that version wrote it (`data`, never
 * edited) and every record as the current schema has it after the upgrade (`expected`). Opening
 * the old database with today's schema must upgrade each record to exactly its expected shape,
 * and every record must pass today's record schema.
 */
const fixtures = import.meta.glob<{
	version: number;
	stores: Record<string, string>;
	data: Record<string, unknown[]>;
	expected: Record<string, unknown[]>;
}>('./migrations/v*.json', { eager: true, import: 'default' });

const TABLES = ['profiles', ...PROFILE_TABLES] as const;
let count = 0;

describe('database migrations', () => {
	it('has a fixture for every schema version before the current one, and for the current one', () => {
		const versions = Object.values(fixtures).map((f) => f.version);
		const current = new AcademyDB('probe').verno;
		for (let v = 1; v <= current; v++) expect(versions).toContain(v);
	});

	for (const [file, fixture] of Object.entries(fixtures)) {
		it(`upgrades a version ${fixture.version} database (${file}) to the expected records`, async () => {
			const name = `migration-${fixture.version}-${++count}`;
			const old = new Dexie(name);
			old.version(fixture.version).stores(fixture.stores);
			await old.open();
			for (const [table, rows] of Object.entries(fixture.data))
				await old.table(table).bulkAdd(rows);
			old.close();

			const db = new AcademyDB(name);
			await db.open();
			for (const table of TABLES) {
				const rows = await db.table(table).toArray();
				expect(rows, table).toEqual(fixture.expected[table] ?? []);
				// Each upgraded record is a valid record of today, with nothing left to fill in.
				for (const row of rows) expect(v.parse(RECORD_SCHEMAS[table], row), table).toEqual(row);
			}
			db.close();
		});

		it(`lists expected records for every table of ${file}`, () => {
			expect(Object.keys(fixture.expected).sort()).toEqual([...TABLES].sort());
		});
	}
});
