// Every page is prerendered to HTML; pages that need the learner's data fill in on the client.
// (Set here rather than in +layout.ts so the browser gets no layout module to load; trailing
// slashes are left at SvelteKit's default, 'never'.)
export const prerender = true;
