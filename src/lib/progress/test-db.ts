import { AcademyDB } from './db';

let count = 0;

/** A fresh, empty database for one test (fake-indexeddb keeps it in memory). */
export function freshDB(): AcademyDB {
	return new AcademyDB(`test-${Date.now()}-${++count}`);
}
