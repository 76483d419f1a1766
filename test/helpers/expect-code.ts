import { expect } from 'vitest';
import { SamradError } from '../../src/errors/samrad-error.js';

/** Expects a use case to refuse with the given error code. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toSatisfy((e) => e instanceof SamradError && e.code === code);
}
