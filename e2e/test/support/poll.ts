import { expect } from 'vitest';

/**
 * `expect.poll` with room for a loaded machine (its default gives up after one second): the page
 * reacts to a server answer, a mail is sent by the job worker after commit.
 */
export function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}
