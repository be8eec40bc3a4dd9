/** What the exam engine needs to know about a question. */
export interface ExamQuestion {
	id: string;
	domain: string;
	/** Index of the correct option, in the order stored in the bank. */
	answer: number;
	optionCount: number;
}

export interface Blueprint {
	id: string;
	passPercent: number;
	questions: number;
	minutes: number;
	/** Domain → weight in percent; the weights add up to 100. */
	domains: Record<string, number>;
}

/** A drawn exam form: which questions, in which order, with which option order. */
export interface ExamForm {
	questionIds: string[];
	/** optionOrders[i][shown position] = stored option index. */
	optionOrders: number[][];
}

export interface ExamResult {
	correct: number;
	total: number;
	/** Score in percent, not rounded. */
	percent: number;
	passed: boolean;
	passPercent: number;
	byDomain: Record<string, { correct: number; total: number }>;
	secondsUsed: number;
}

export interface RecordedAnswer {
	/** Stored option index chosen. */
	option: number;
	answeredAt: string;
	/** Seconds spent on the question, summed over visits. */
	seconds: number;
}
