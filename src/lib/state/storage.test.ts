import { describe, expect, it } from 'vitest';
import { attemptSave, describeStorageError } from './storage';

describe('failed saves in plain words', () => {
	it('names a full disk, including one wrapped by Dexie', () => {
		const full = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
		expect(describeStorageError(full)).toMatch(/out of storage space/);
		expect(describeStorageError({ name: 'QuotaExceededError' })).toMatch(/Nothing saved earlier/);
	});

	it('names a browser that refuses storage', () => {
		expect(describeStorageError({ name: 'MissingAPIError' })).toMatch(/not letting the app save/);
	});

	it('resolves to nothing when the save works, and to the message when it fails', async () => {
		expect(await attemptSave(async () => 'saved')).toBe('');
		const failure = await attemptSave(async () => {
			throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		});
		expect(failure).toMatch(/out of storage space/);
	});
});
