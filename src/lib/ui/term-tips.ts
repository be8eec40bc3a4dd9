/**
 * Glossary tooltips are plain prerendered HTML shown by CSS on hover and focus. This adds what CSS
 * cannot do: a tip that would run past the edge of the screen is moved back inside it, and a tip
 * dismissed with Escape (tip-escape.ts) shows again when the pointer or focus comes back.
 */
const MARGIN = 8;

function fit(term: Element) {
	const tip = term.querySelector<HTMLElement>('.term-tip');
	if (!tip) return;
	tip.style.left = '0px';
	const viewport = document.documentElement.clientWidth;
	const box = tip.getBoundingClientRect();
	const overflow = box.right - (viewport - MARGIN);
	const shift = overflow > 0 ? Math.max(-overflow, MARGIN - box.left) : 0;
	tip.style.left = `${Math.round(shift)}px`;
}

/**
 * Installs the listeners once for the whole app, and fits a tip already open; returns a function
 * that removes them.
 */
export function installTermTips(): () => void {
	const show = (event: Event) => {
		const term = (event.target as Element | null)?.closest?.('.term');
		// Moving within the same term is not a new hover: a dismissed tip stays dismissed.
		if (!term || term.contains((event as MouseEvent).relatedTarget as Node | null)) return;
		term.classList.remove('tip-dismissed');
		fit(term);
	};
	document.addEventListener('focusin', show);
	document.addEventListener('mouseover', show);
	// The learner's first move loads this file: a tip it opened is already showing.
	document.querySelectorAll('.term:hover, .term:focus-within').forEach(fit);
	return () => {
		document.removeEventListener('focusin', show);
		document.removeEventListener('mouseover', show);
	};
}
