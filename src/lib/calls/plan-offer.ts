/**
 * The figures of a payment offer made during a call, computed and checked against what the
 * creditor allows and what the persona said they can afford.
 */
import { daysBetween, addDays } from './local-time.ts';
import { count } from '../format.ts';

export type OfferKind = 'full' | 'settlement' | 'installments';

export interface PlanOffer {
	kind: OfferKind;
	/** Lump-sum amount for a settlement; ignored otherwise. */
	amount?: number;
	/** Number of monthly instalments; 1 for a lump sum. */
	installments?: number;
	/** YYYY-MM-DD. */
	firstPaymentOn: string;
}

export interface PlanLimits {
	maxInstallments: number;
	minSettlementPercent?: number;
	firstPaymentWithinDays: number;
}

export interface Affordability {
	monthlyBudget?: number;
	lumpSum?: number;
}

export interface OfferFigures {
	total: number;
	percentOfBalance: number;
	payments: number;
	/** Each payment; with instalments, the last one absorbs the rounding. */
	perPayment: number;
	lastPayment: number;
	lastPaymentOn: string;
}

export interface OfferCheck {
	accepted: boolean;
	figures: OfferFigures;
	checks: { label: string; ok: boolean; detail: string }[];
}

const cents = (n: number) => Math.round(n * 100) / 100;
export const money = (n: number) =>
	`$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function offerFigures(offer: PlanOffer, balance: number): OfferFigures {
	if (offer.kind === 'installments') {
		const payments = Math.max(1, Math.floor(offer.installments ?? 1));
		const perPayment = Math.ceil((balance / payments) * 100) / 100;
		const lastPayment = cents(balance - perPayment * (payments - 1));
		return {
			total: cents(balance),
			percentOfBalance: 100,
			payments,
			perPayment,
			lastPayment,
			lastPaymentOn: addMonths(offer.firstPaymentOn, payments - 1)
		};
	}
	const total = offer.kind === 'full' ? cents(balance) : cents(offer.amount ?? 0);
	return {
		total,
		percentOfBalance: balance > 0 ? cents((total / balance) * 100) : 100,
		payments: 1,
		perPayment: total,
		lastPayment: total,
		lastPaymentOn: offer.firstPaymentOn
	};
}

/** The same day of the month, clamped to the month's last day (Jan 31 + 1 month → Feb 28). */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(
		Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)
	).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return target.toISOString().slice(0, 10);
}

export function checkOffer(
	offer: PlanOffer,
	balance: number,
	limits: PlanLimits,
	can: Affordability,
	callDate: string,
	name: string
): OfferCheck {
	const figures = offerFigures(offer, balance);
	const checks: OfferCheck['checks'] = [];
	const lead = /^\d{4}-\d{2}-\d{2}$/.test(offer.firstPaymentOn)
		? daysBetween(callDate, offer.firstPaymentOn)
		: NaN;
	checks.push({
		label: 'First payment date',
		ok: lead >= 0 && lead <= limits.firstPaymentWithinDays,
		detail: Number.isNaN(lead)
			? 'Choose the date of the first payment.'
			: lead < 0
				? 'The first payment cannot be before the day of the call.'
				: `The first payment is ${lead} day${lead === 1 ? '' : 's'} after the call; the creditor allows at most ${limits.firstPaymentWithinDays} (by ${addDays(callDate, limits.firstPaymentWithinDays)}).`
	});

	if (offer.kind === 'installments') {
		checks.push({
			label: 'Number of instalments',
			ok: figures.payments <= limits.maxInstallments,
			detail: `${count(figures.payments, 'monthly payment')}; the creditor allows at most ${limits.maxInstallments}.`
		});
		const budget = can.monthlyBudget;
		checks.push({
			label: 'Affordable each month',
			ok: budget !== undefined && figures.perPayment <= budget,
			detail:
				budget === undefined
					? `${name} has not said what they can pay each month.`
					: `${money(figures.perPayment)} a month against the ${money(budget)} ${name} said they can pay.`
		});
	} else {
		if (offer.kind === 'settlement') {
			const min = limits.minSettlementPercent;
			checks.push({
				label: 'Settlement authorized',
				ok: min !== undefined && figures.percentOfBalance >= min && figures.total <= balance,
				detail:
					min === undefined
						? 'The creditor has not authorized a settlement on this account.'
						: `${money(figures.total)} is ${figures.percentOfBalance}% of the ${money(balance)} balance; the lowest authorized settlement is ${min}%.`
			});
		}
		const lump = can.lumpSum;
		checks.push({
			label: 'Affordable at once',
			ok: lump !== undefined && figures.total <= lump,
			detail:
				lump === undefined
					? `${name} has not said they can pay a lump sum.`
					: `${money(figures.total)} at once against the ${money(lump)} ${name} said they have.`
		});
	}
	return { accepted: checks.every((c) => c.ok), figures, checks };
}
