import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDbMigrate } from '../src/cli/db-migrate';

describe('chorale db:migrate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('applies every migration on a fresh embedded database, then finds nothing to do', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-migrate-'));
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DATA_DIR', dataDir);
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    expect(await runDbMigrate([])).toBe(0);
    expect(out.join('')).toContain('0001-foundation');
    expect(await runDbMigrate([])).toBe(0);
    expect(out.join('')).toContain('The database is up to date.');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses arguments with a usage error', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runDbMigrate(['now'])).toBe(2);
  });
});
