import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, exportProfile, importBackup, readBackup } from './backup';
import fixture from './migrations/v1.json';
import Dexie from 'dexie';
import { AcademyDB, PROFILE_TABLES } from './db';
import { freshDB } from './test-db';

/**
 * Hundreds of malformed or hostile backup files, generated from one good file. Each must be
 * refused with a plain message or imported safely; a refused file never reaches the database.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
let good: Record<string, Json>;

beforeAll(async () => {
	const name = `hostile-source-${Date.now()}`;
	const old = new Dexie(name);
	old.version(fixture.version).stores(fixture.stores);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.data)) await old.table(table).bulkAdd(rows);
	old.close();
	const db = new AcademyDB(name);
	good = JSON.parse(JSON.stringify(await exportProfile(db, 'p-dana')));
});

const clone = () => JSON.parse(JSON.stringify(good)) as Record<string, Json>;

/** Every path to a value in the good file, e.g. ['tables', 'examSessions', 0, 'seed']. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [prefix];
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value);
	return [prefix, ...entries.flatMap(([k, v]) => paths(v as Json, [...prefix, k]))];
}

function setAt(root: Json, path: (string | number)[], to: Json): Json {
	if (!path.length) return to;
	let node = root as Record<string | number, Json>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
	node[path.at(-1)!] = to;
	return root;
}

function hostileFiles(): { name: string; text: string }[] {
	const text = JSON.stringify(good);
	const files: { name: string; text: string }[] = [];
	// Cut short at many points.
	for (let i = 1; i <= 40; i++)
		files.push({ name: `truncated ${i}`, text: text.slice(0, Math.floor((text.length * i) / 41)) });
	// Every value replaced by a value of another kind, and by null.
	const other = (v: Json): Json =>
		typeof v === 'string'
			? 12
			: typeof v === 'number'
				? 'twelve'
				: typeof v === 'boolean'
					? 'yes'
					: Array.isArray(v)
						? {}
						: v === null
							? 0
							: [];
	for (const path of paths(good)) {
		const original = path.reduce<Json>(
			(n, k) => (n as Record<string | number, Json>)[k]!,
			good as Json
		);
		files.push({
			name: `wrong type at ${path.join('.') || 'root'}`,
			text: JSON.stringify(setAt(clone(), path, other(original)))
		});
		if (original !== null && path.length > 1)
			files.push({
				name: `null at ${path.join('.')}`,
				text: JSON.stringify(setAt(clone(), path, null))
			});
	}
	// Keys that try to reach the prototype, written into the JSON text (an object literal cannot).
	const places = [
		[],
		['profile'],
		['tables'],
		['tables', 'examSessions', 0],
		['tables', 'examSessions', 0, 'answers']
	];
	for (const key of ['__proto__', 'constructor', 'prototype'])
		for (const where of places) {
			const node = where.reduce<Json>(
				(n, k) => (n as Record<string | number, Json>)[k]!,
				good as Json
			);
			const json = JSON.stringify(node);
			files.push({
				name: `${key} key at ${where.join('.') || 'root'}`,
				text: text.replace(json, json.replace('{', `{"${key}":{"polluted":true},`))
			});
		}
	// Huge strings.
	for (const [path, size] of [
		[['profile', 'name'], 10_000],
		[['tables', 'notes', 0, 'text'], 20_001],
		[['tables', 'examSessions', 0, 'id'], 5_000],
		[['tables', 'callRuns', 0, 'steps', 0, 'node'], 1_000_000]
	] as const)
		files.push({
			name: `huge string at ${path.join('.')}`,
			text: JSON.stringify(setAt(clone(), [...path], 'x'.repeat(size)))
		});
	// Future and odd versions and formats.
	for (const version of [0, BACKUP_VERSION + 1, 10, 999, -1, 1.5, '1', '2', null])
		files.push({ name: `version ${version}`, text: JSON.stringify({ ...clone(), version }) });
	for (const format of ['', 'collections-academy', 'collections-academy-plan', null])
		files.push({ name: `format ${format}`, text: JSON.stringify({ ...clone(), format }) });
	// Duplicated ids and records of another profile.
	for (const table of ['examSessions', 'callRuns', 'moduleProgress', 'reviewCards', 'settings']) {
		const root = clone();
		const rows = (root.tables as Record<string, Json[]>)[table]!;
		rows.push(rows[0]!);
		files.push({ name: `duplicate in ${table}`, text: JSON.stringify(root) });
	}
	for (const table of PROFILE_TABLES) {
		const root = clone();
		const rows = (root.tables as Record<string, { profileId: string }[]>)[table]!;
		if (rows[0]) rows[0].profileId = 'someone-else';
		else continue;
		files.push({ name: `foreign record in ${table}`, text: JSON.stringify(root) });
	}
	// Right shape, wrong meaning: states no screen could open (an exam at question 999 of 2, no
	// options to show, a time Date cannot read, a review card the scheduler cannot grade...).
	type Edit = (t: Record<string, Record<string, Json>[]>) => void;
	const session = (t: Parameters<Edit>[0]) => t.examSessions![0]!;
	const card = (t: Parameters<Edit>[0]) => t.reviewCards![0]!.fsrs as Record<string, Json>;
	const unreadable = [
		'2026-11-20T10:00:00+05',
		'2026-11-20T10:00:00,5Z',
		'2026-11-20 10:00:00Z',
		'2026-11-20T24:00:00Z'
	];
	const meaning: [string, Edit][] = [
		['current question 999 of 2', (t) => (session(t).current = 998)],
		['current question just past the end', (t) => (session(t).current = 2)],
		['no options to show', (t) => (session(t).optionOrders = [[], [0, 1, 2, 3]])],
		[
			'an option order with a repeat',
			(t) =>
				(session(t).optionOrders = [
					[0, 0, 1, 2],
					[0, 1, 2, 3]
				])
		],
		[
			'an option order with a gap',
			(t) =>
				(session(t).optionOrders = [
					[0, 1, 2, 5],
					[0, 1, 2, 3]
				])
		],
		['more option orders than questions', (t) => (session(t).optionOrders = [[0], [0], [0]])],
		['no questions at all', (t) => ((session(t).questionIds = []), (session(t).optionOrders = []))],
		[
			'the same question twice',
			(t) => (session(t).questionIds = ['call-frequency-1', 'call-frequency-1'])
		],
		[
			'an answer to a question not in the exam',
			(t) =>
				((session(t).answers as Record<string, Json>)['not-in-exam'] = {
					option: 0,
					answeredAt: '2026-03-04T10:01:00.000Z',
					seconds: 3
				})
		],
		[
			'an answer with an option the question lacks',
			(t) =>
				((session(t).answers as Record<string, Record<string, Json>>)['call-frequency-1']!.option =
					4)
		],
		['a flag on a question not in the exam', (t) => (session(t).flags = ['not-in-exam'])],
		[
			'a strike-out on a question not in the exam',
			(t) => (session(t).eliminated = { 'not-in-exam': [0] })
		],
		[
			'a strike-out of an option the question lacks',
			(t) => (session(t).eliminated = { 'call-frequency-2': [7] })
		],
		['a deadline before the start', (t) => (session(t).deadline = '2026-03-04T09:00:00.000Z')],
		['a deadline equal to the start', (t) => (session(t).deadline = session(t).startedAt!)],
		['a submission without a result', (t) => (session(t).submittedAt = '2026-03-04T10:30:00.000Z')],
		...unreadable.flatMap((time): [string, Edit][] => [
			[`deadline ${time}`, (t) => (session(t).deadline = time)],
			[`exam start ${time}`, (t) => (session(t).startedAt = time)],
			[`call dialed at ${time}`, (t) => (t.callRuns![0]!.dialedAt = time)],
			[
				`call step at ${time}`,
				(t) => ((t.callRuns![0]!.steps as Record<string, Json>[])[0]!.at = time)
			],
			[`card due ${time}`, (t) => (card(t).due = time)],
			[`note saved at ${time}`, (t) => (t.notes![0]!.updatedAt = time)]
		]),
		['a plan started on February 30', (t) => (t.planAssignments![0]!.startedOn = '2026-02-30')],
		['a review card with negative stability', (t) => (card(t).stability = -3)],
		['a review card with stability 0 after reviews', (t) => (card(t).stability = 0)],
		['a review card with difficulty 0.5', (t) => (card(t).difficulty = 0.5)],
		['a review card with difficulty 11', (t) => (card(t).difficulty = 11)],
		['a review card with stability past 100 years', (t) => (card(t).stability = 40_000)],
		['a review card with negative days scheduled', (t) => (card(t).scheduled_days = -1)],
		['a review card with half a learning step', (t) => (card(t).learning_steps = 0.5)],
		[
			'an undo record with negative stability',
			(t) => (t.reviewLog![0]!.previous = { ...card(t), stability: -1 })
		]
	];
	for (const [name, edit] of meaning) {
		const root = clone();
		edit(root.tables as Parameters<Edit>[0]);
		files.push({ name: `meaning: ${name}`, text: JSON.stringify(root) });
	}
	// Not JSON objects at all.
	for (const t of [
		'',
		' ',
		'null',
		'[]',
		'"text"',
		'42',
		'true',
		'<html><script>alert(1)</script></html>',
		'{"a":'.repeat(5000)
	])
		files.push({ name: `not a backup: ${t.slice(0, 20)}`, text: t });
	return files;
}

/** Files that are valid but hostile in content: they must import as plain data. */
function safeButHostile(): { name: string; text: string; profileName: string }[] {
	return [
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'"; DROP TABLE x; --',
		'{{constructor}}',
		'\u202eevil'
	].map((profileName) => {
		const root = clone();
		(root.profile as Record<string, Json>).name = profileName;
		return { name: `markup in name: ${profileName}`, text: JSON.stringify(root), profileName };
	});
}

describe('hostile backup files', () => {
	it('generates at least 200 malformed files, and refuses every one in plain words', () => {
		const files = hostileFiles();
		expect(files.length).toBeGreaterThanOrEqual(200);
		let refused = 0;
		for (const file of files) {
			const read = readBackup(file.text);
			if (read.ok) {
				// Only a prototype key may be dropped instead of refused; nothing of it may survive.
				expect(file.name, 'accepted a malformed file').toMatch(
					/^(__proto__|constructor|prototype) key/
				);
				expect(JSON.stringify(read.backup)).not.toMatch(/"(__proto__|polluted)"/);
				continue;
			}
			refused++;
			expect(read.message, file.name).toMatch(/Nothing was changed\.$/);
			expect(read.message.length, file.name).toBeLessThan(600);
			expect(read.message, file.name).not.toMatch(
				/undefined|\[object|at .*\.ts:\d+|TypeError|SyntaxError/
			);
		}
		expect(refused).toBeGreaterThanOrEqual(200);
		expect(files.filter((f) => f.name.startsWith('meaning:')).length).toBeGreaterThanOrEqual(40);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('imports files with markup in the names as plain text, and changes nothing else', async () => {
		for (const file of safeButHostile()) {
			const db = freshDB();
			const read = readBackup(file.text);
			expect(read.ok, file.name).toBe(true);
			if (!read.ok) continue;
			await importBackup(db, read.backup, 'replace');
			expect((await db.profiles.get('p-dana'))?.name).toBe(file.profileName.trim());
			expect(await db.callRuns.count()).toBe(1);
		}
	});

	it('leaves an existing database exactly as it was when a file is refused', async () => {
		const db = freshDB();
		const read = readBackup(JSON.stringify(good));
		if (!read.ok) throw new Error(read.message);
		await importBackup(db, read.backup, 'replace');
		const before = JSON.stringify(await exportProfile(db, 'p-dana')).replace(
			/"exportedAt":"[^"]+"/,
			''
		);
		for (const file of hostileFiles().slice(0, 60)) {
			const attempt = readBackup(file.text);
			if (attempt.ok) await importBackup(db, attempt.backup, 'replace');
		}
		const after = JSON.stringify(await exportProfile(db, 'p-dana')).replace(
			/"exportedAt":"[^"]+"/,
			''
		);
		expect(after).toBe(before);
	});
});
