import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Content-addressed document store on disk: a blob is named by the SHA-256 of its bytes, so the same
 * file is stored once, a stored file can never be changed in place, and the name is its fingerprint.
 * Names are checked against the hash pattern before touching the disk: no path from a client ever
 * reaches the file system. An S3-compatible store can implement the same interface.
 */
export interface BlobStore {
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes, or undefined when no blob has this hash. */
  get(sha256: string): Promise<Buffer | undefined>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createBlobStore(dataDir: string): BlobStore {
  const root = path.join(dataDir, 'blobs');
  const pathOf = (hash: string) => path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const target = pathOf(hash);
      try {
        await fs.access(target);
        return hash;
      } catch {
        // not stored yet
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees a half-written blob, even across processes.
      const temporary = `${target}.${randomUUID()}.tmp`;
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
      return hash;
    },
    async get(hash) {
      if (!SHA256.test(hash)) return undefined;
      try {
        return await fs.readFile(pathOf(hash));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}
