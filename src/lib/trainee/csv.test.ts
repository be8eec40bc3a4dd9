import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, toCsv } from './csv';
import { teamColumns, type TeamRow } from './team';

describe('CSV export', () => {
	it('quotes fields the RFC 4180 way', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('Lee, Ann')).toBe('"Lee, Ann"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
	});

	it('guards cells a spreadsheet would run as a formula', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('—')).toBe('—');
		expect(csvFileName('2026-11-30')).toBe('team-2026-11-30.csv');
	});

	it('writes exactly the cells of the visible columns', () => {
		const row: TeamRow = {
			id: 't1',
			name: '=Ann',
			plan: 'Starter',
			planPercent: 40,
			planWeek: 'Week 2 of 4',
			planWeekNumber: 2,
			overdue: 3,
			readiness: 0.62,
			best: { pcs: 70 },
			critical: 1,
			lastActive: '2026-11-20'
		};
		const cols = teamColumns([{ id: 'pcs', passPercent: 85 }]).filter((c) => c.byDefault);
		const csv = toCsv(
			cols.map((c) => c.label),
			[row].map((r) => cols.map((c) => c.text(r)))
		);
		expect(csv).toBe(
			'Trainee,Plan week,Overdue tasks,Readiness,Best PCS,Critical failures,Last active\r\n' +
				"'=Ann,Week 2 of 4,3,62%,70%,1,2026-11-20\r\n"
		);
		expect(cols.find((c) => c.key === 'best:pcs')?.below?.(row)).toBe(true);
	});
});
