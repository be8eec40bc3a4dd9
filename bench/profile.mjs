/**
 * A generated heavy profile for the dashboard benchmark: 10,000 answers, 300 exams and 200 calls,
 * written as a backup file the app imports like any other.
 */
const DAY = 86_400_000;

/** A small seeded generator, so every bench run uses the same profile. */
function random(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function heavyProfile(
	bank,
	modules,
	calls,
	{ answers = 10_000, exams = 300, runs = 200 } = {}
) {
	const rnd = random(7);
	const pick = (list) => list[Math.floor(rnd() * list.length)];
	const profileId = 'bench-profile';
	const start = Date.parse('2026-01-05T09:00:00.000Z');
	const iso = (ms) => new Date(ms).toISOString();
	const questions = bank.questions;

	const reviewLog = [];
	for (let i = 0; i < answers; i++) {
		const q = pick(questions);
		reviewLog.push({
			profileId,
			questionId: q.id,
			reviewedAt: iso(start + i * 60_000 * 7),
			grade: rnd() < 0.75 ? 3 : 1,
			correct: rnd() < 0.75,
			context: pick(['exam', 'tutor', 'review', 'custom'])
		});
	}

	const blueprints = bank.blueprints;
	const examSessions = [];
	for (let i = 0; i < exams; i++) {
		const b = pick(blueprints);
		const ids = [];
		while (ids.length < 34) {
			const q = pick(questions);
			if (!ids.includes(q.id)) ids.push(q.id);
		}
		const begun = start + i * DAY * 0.3;
		const answersById = {};
		let correct = 0;
		for (const id of ids) {
			const option = Math.floor(rnd() * 4);
			answersById[id] = {
				option,
				answeredAt: iso(begun + 30_000),
				seconds: 20 + Math.floor(rnd() * 60)
			};
			if (option === questions.find((q) => q.id === id).answer) correct++;
		}
		const percent = (correct / ids.length) * 100;
		examSessions.push({
			id: `bench-exam-${i}`,
			profileId,
			blueprintId: b.id,
			mode: pick(['timed', 'tutor']),
			seed: i,
			questionIds: ids,
			optionOrders: ids.map(() => [0, 1, 2, 3]),
			answers: answersById,
			flags: [],
			eliminated: {},
			current: ids.length - 1,
			startedAt: iso(begun),
			deadline: iso(begun + 3_600_000),
			submittedAt: iso(begun + 1_800_000),
			result: {
				correct,
				total: ids.length,
				percent,
				passed: percent >= b.passPercent,
				passPercent: b.passPercent,
				byDomain: {},
				secondsUsed: 1800
			}
		});
	}

	const callRuns = [];
	for (let i = 0; i < runs; i++) {
		const begun = start + i * DAY * 0.4;
		const total = 40 + Math.floor(rnd() * 60);
		callRuns.push({
			id: `bench-call-${i}`,
			profileId,
			scenarioId: pick(calls),
			startedAt: iso(begun),
			dialedAt: '2026-11-17T21:00:00.000Z',
			connectedAt: iso(begun + 5_000),
			steps: Array.from({ length: 8 }, (_, k) => ({
				node: `n${k}`,
				at: iso(begun + k * 20_000),
				kind: 'choice',
				choice: 0
			})),
			accountNote: 'Bench call note.',
			finishedAt: iso(begun + 300_000),
			result: {
				total,
				passed: total >= 70,
				categories: {
					compliance: total,
					outcome: total,
					professionalism: total,
					documentation: total
				},
				outcome: 'payment-plan',
				violations: [],
				critical: false
			}
		});
	}

	const moduleProgress = modules.map((moduleId, i) => ({
		profileId,
		moduleId,
		status: i % 3 ? 'complete' : 'in-progress',
		readFraction: i % 3 ? 1 : 0.5,
		updatedAt: iso(start + i * DAY),
		...(i % 3 ? { completedAt: iso(start + i * DAY) } : {})
	}));

	return {
		format: 'collections-academy-profile',
		version: 1,
		exportedAt: iso(start + 200 * DAY),
		profile: { id: profileId, name: 'Bench trainee', createdAt: iso(start), updatedAt: iso(start) },
		tables: {
			moduleProgress,
			notes: [],
			examSessions,
			reviewCards: [],
			reviewLog,
			callRuns,
			planAssignments: [],
			settings: []
		}
	};
}
