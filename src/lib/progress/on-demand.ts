/**
 * The database and the functions that pages which open it late (a module page, the text size)
 * need, behind one dynamic import: the browser fetches them as one file, when they are needed.
 */
export { getDB } from './db';
export {
	getModuleProgress,
	recordCheckScore,
	recordReading,
	setModuleComplete
} from './module-progress';
export { getNote, saveNote } from './notes';
export {
	createProfile,
	deleteProfile,
	ensureActiveProfile,
	listProfiles,
	renameProfile,
	setActiveProfile
} from './profiles';
export { getSetting, setSetting } from './settings';
export { markStored } from './stored-mark';
export { requestPersistence } from '$lib/state/storage';
