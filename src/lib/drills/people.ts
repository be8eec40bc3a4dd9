/** Invented names for generated cases. Any likeness to a real person or business is chance. */

export const CONSUMERS = [
	'Dana Ruiz',
	'Marcus Bell',
	'Priya Nair',
	'Tom Okafor',
	'Helen Park',
	'Luis Ortega',
	'Grace Lindqvist',
	'Andre Moreau',
	'Keiko Tanaka',
	'Rosa Delgado',
	'Owen Price',
	'Fatima Haddad',
	'Jamal Carter',
	'Nora Whitfield',
	'Ben Castillo',
	'Ivy Chen'
];

/** Debts in collection: the creditor and what it was for. */
export const DEBTS = [
	{ creditor: 'Northside Medical Center', kind: 'hospital bill' },
	{ creditor: 'Crestline Bank', kind: 'credit card' },
	{ creditor: 'Valley Power & Light', kind: 'utility bill' },
	{ creditor: 'Summit Auto Finance', kind: 'auto loan deficiency' },
	{ creditor: 'Harbor Dental Group', kind: 'dental bill' },
	{ creditor: 'Maple Furniture', kind: 'store card' },
	{ creditor: 'Riverbend Clinic', kind: 'clinic bill' },
	{ creditor: 'Brightwave Wireless', kind: 'phone bill' }
];

export const firstName = (name: string) => name.split(' ')[0]!;
