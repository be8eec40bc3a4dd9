/**
 * The plain-words explanation of a storage failure on its own, for pages that load it only when
 * a save fails (see $lib/state/explain).
 */
export { describeStorageError } from './storage';
