// Every database test gets IndexedDB from fake-indexeddb, in memory.
import 'fake-indexeddb/auto';
