/**
 * Escape on an open glossary tip hides it, and focus stays where it is (WCAG 1.4.13). The layout
 * listens from the learner's first move, not when the tips' script (term-tips.ts) arrives, so an
 * Escape pressed at once closes the tip all the same.
 */
export function onTipEscape(event: KeyboardEvent): void {
	if (event.key !== 'Escape') return;
	const open = document.querySelectorAll('.term:hover, .term:focus-within');
	open.forEach((term) => term.classList.add('tip-dismissed'));
	if (open.length) event.stopPropagation();
}
