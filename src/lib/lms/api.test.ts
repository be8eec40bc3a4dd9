import { describe, expect, it } from 'vitest';
import { findApi, MAX_PARENTS, type Scorm12Api, type WindowLike } from './api';

const api = (): Scorm12Api => ({
	LMSInitialize: () => 'true',
	LMSFinish: () => 'true',
	LMSGetValue: () => '',
	LMSSetValue: () => 'true',
	LMSCommit: () => 'true',
	LMSGetLastError: () => '0',
	LMSGetErrorString: () => ''
});

/** A chain of `depth` windows above the SCO's; `top` is the last. Returns [sco, top]. */
function chain(depth: number): [WindowLike, WindowLike] {
	const top: WindowLike = {};
	top.parent = top;
	let child = top;
	for (let i = 0; i < depth; i++) child = { parent: child };
	return [child, top];
}

describe('findApi', () => {
	it('finds nothing outside an LMS (a top window, no opener)', () => {
		const [win] = chain(0);
		expect(findApi(win)).toBeNull();
	});

	it('finds the API on the window itself, a parent, or a grandparent', () => {
		for (const depth of [0, 1, 2]) {
			const [win, top] = chain(depth);
			top.API = api();
			expect(findApi(win)).toBe(top.API);
		}
	});

	it(`stops ${MAX_PARENTS} parents up`, () => {
		const [near, nearTop] = chain(MAX_PARENTS);
		nearTop.API = api();
		expect(findApi(near)).toBe(nearTop.API);
		const [far, farTop] = chain(MAX_PARENTS + 1);
		farTop.API = api();
		expect(findApi(far)).toBeNull();
	});

	it('looks in the opener (and its parents) when no parent has it', () => {
		const [opener, openerTop] = chain(1);
		openerTop.API = api();
		const [win] = chain(2);
		win.opener = opener;
		expect(findApi(win)).toBe(openerTop.API);
	});

	it('ignores an API object without the SCORM 1.2 functions (a SCORM 2004 API_1484_11 page)', () => {
		const [win, top] = chain(1);
		top.API = { Initialize: () => 'true' };
		expect(findApi(win)).toBeNull();
	});

	it('stops at a parent of another origin (reading it throws)', () => {
		const [win, top] = chain(1);
		top.API = api();
		const foreign = {
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
			parent: top
		};
		win.parent = foreign;
		expect(findApi(win)).toBeNull();
	});
});
