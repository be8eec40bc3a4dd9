/**
 * The parts of a module page that serve practice and progress, not reading: the page loads them
 * as one file when the learner starts to use the page or scrolls near them.
 */
export { default as KnowledgeCheck } from './KnowledgeCheck.svelte';
export { default as ModuleLearned } from './ModuleLearned.svelte';
export { default as ModuleNotes } from './ModuleNotes.svelte';
