// Every page is prerendered to HTML; pages that need the learner's data fill in on the client.
export const prerender = true;
export const trailingSlash = 'never';
