/** A tiny but complete course, as files, for tests to load and then break on purpose. */
import type { ContentFiles } from './load.ts';

/** A chain of decision nodes step-from … step-to, the last leading to the end node "done". */
function steps(from: number, to: number): string {
	let out = '';
	for (let i = from; i <= to; i++)
		out += `  step-${i}:\n    line: Go on (${i}).\n    choices:\n      - text: Next.\n        next: ${i === to ? 'done' : `step-${i + 1}`}\n        feedback: Step ${i}.\n        compliance: []\n`;
	return out;
}

export function validFiles(): ContentFiles {
	return {
		'content/edition.yaml': `rules: '2026-11-29'\n`,
		'content/rules.yaml': `- id: fdcpa-1692c-a1-time
  title: Convenient time
  citation: '15 U.S.C. §1692c(a)(1)'
  summary: Call between 8 a.m. and 9 p.m. local time.
  module: comms#convenient-times
  effective: '1978-03-20'
  reviewed: '2026-11-23'
  factSheet: §3
`,
		'content/glossary.yaml': `- id: consumer
  term: consumer
  definition: A person who owes or is said to owe a debt.
  aliases: [consumers]
- id: debt
  term: debt
  definition: Money owed from a personal, family or household transaction.
  related: [consumer]
`,
		'content/modules/law/01-comms.md': `---
id: comms
title: 'Communications: time'
summary: When you may call.
track: law
order: 1
minutes: 5
objectives:
  - Know the hours
rules: [fdcpa-1692c-a1-time]
certs: [PCS]
check: [q-time]
---

Intro with a [[consumer|consumers]] link.

## Convenient times

Call between 8 and 9 {rule:fdcpa-1692c-a1-time}.

:::pitfall Time zones
Use the [[debt]] holder's time zone.
:::
`,
		'content/aids/time-card.md': `---
id: time-card
title: Calling hours card
summary: When you may call, on one page.
modules: [comms]
rules: [fdcpa-1692c-a1-time]
---

## The window

After 8 a.m. and before 9 p.m. where the [[consumer]] is {rule:fdcpa-1692c-a1-time}.
`,
		'content/questions/fdcpa-regf-comms.yaml': `- id: q-time
  stem: You call at 9:30 p.m. her time. Is that allowed?
  options:
    - text: No, it is after 9 p.m.
      correct: true
    - text: Yes, any time before 10 p.m.
    - text: Yes, if she answers.
    - text: Yes, on weekends.
  explanation: It is after 9 p.m. {rule:fdcpa-1692c-a1-time}
  rules: [fdcpa-1692c-a1-time]
  domain: fdcpa-regf
  certs: [PCS]
  difficulty: 1
`,
		'content/exams/mini.yaml': `id: mini
title: Mini exam
modeledOn: PCS
thresholdSource: Test.
passPercent: 85
questions: 1
minutes: 2
form: full
domains:
  fdcpa-regf: 100
requirements:
  - A test requirement.
`,
		'content/calls/hello.yaml': `id: hello
title: Hello
summary: A short call.
difficulty: 1
topics: [right party]
persona:
  name: Dana Ruiz
  role: consumer
  state: TX
  timeZone: America/Chicago
  mood: calm
account:
  creditor: First Bank
  type: credit-card
  balance: 1200
  opened: '2022-01-10'
  status: open
  reference: CC-1
dialAt: '2026-03-10T15:00:00Z'
start: open
nodes:
  open:
    line: Hello?
    choices:
      - text: Is this Dana Ruiz?
        next: done
        feedback: Good, verify first.
        compliance:
          - rule: fdcpa-1692c-a1-time
            verdict: ok
      - text: Is Dana there?
        next: step-2
        feedback: Fine too.
        compliance: []
  done:
    line: Yes, bye.
    outcome: call-ended
${steps(2, 8)}`,
		'content/plans/starter.yaml': `id: starter
title: Starter
summary: One week.
weeks:
  - week: 1
    title: Basics
    modules: [comms]
    calls: [hello]
    exams: [mini]
`
	};
}
