import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/**
 * Configuration comes only from environment variables, validated once at start-up. Every bad value
 * is reported at once, each with the variable's name, so an operator fixes them in one go.
 */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server URL; absent means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** SMTP server URL; absent means mails are written as .eml files in `<dataDir>/outbox`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Public base URL of the portal, used in links sent by e-mail. */
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Create demo accounts and data on a fresh database. */
  demoData: boolean;
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: number;
  /** Hours after which a session ends whatever the activity. */
  sessionAbsoluteHours: number;
  /** Serve the portal's cookies with `Secure` (set automatically when PUBLIC_URL is https). */
  secureCookies: boolean;
  /** Requests allowed per IP and per minute on login, sign-up and recovery. */
  authRateLimitPerMinute: number;
  /** Run background workers in the HTTP process. */
  runWorkers: boolean;
  /**
   * Trust `X-Forwarded-For` from a reverse proxy. Off by default: reached directly, a client could
   * forge the header and escape the per-IP rate limits.
   */
  trustProxy: boolean;
  /**
   * Folder of PEM root certificates trusted for signed PDFs (PAdES/XAdES). Absent: no signature
   * can be 'valid', only 'intact-untrusted'.
   */
  trustedRootsDir: string | undefined;
  /** Largest invoice file of a flux (« Dépôt d'un lot »), counted once unpacked (bytes). */
  fluxMaxFileBytes: number;
  /** Largest flux as uploaded, and largest total once unpacked (bytes). */
  fluxMaxBytes: number;
  /**
   * Threads that read and validate the files of a flux beside the job's own thread, which stores
   * (default: the cores available but one, at least one; 0 reads in the job's thread).
   */
  fluxReadThreads: number;
  /** Longest a reading thread may spend on one file of a flux before the attempt fails (ms). */
  fluxReadTimeoutMs: number;
  /** Largest PDF accepted by « Dépôt d'une facture » (bytes); the XAdES file has its own 1 MB cap. */
  pdfDepositMaxBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const MB = 1024 * 1024;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function readInt(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    problems.push(`${name}: must be a whole number, got "${raw}"`);
    return fallback;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    problems.push(`${name}: must be between ${min} and ${max}, got ${value}`);
    return fallback;
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name}: must be true or false, got "${env[name]}"`);
  return fallback;
}

function readUrl(
  env: Env,
  name: string,
  protocols: string[],
  problems: string[],
): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name}: must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
    return raw;
  } catch {
    problems.push(`${name}: not a valid URL`);
    return undefined;
  }
}

function readDir(env: Env, name: string, problems: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const dir = path.resolve(raw);
  try {
    if (statSync(dir).isDirectory()) return dir;
  } catch {
    // Reported below.
  }
  problems.push(`${name}: not a readable folder: "${raw}"`);
  return undefined;
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const port = readInt(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST?.trim() || '0.0.0.0';
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  const mailFrom = env.MAIL_FROM?.trim() || 'Chorale <no-reply@chorale.localhost>';
  if (!/^[^<>]*<?[^@\s<>]+@[^@\s<>]+>?$/.test(mailFrom)) {
    problems.push(`MAIL_FROM: must be an e-mail address, optionally with a name ("Name <a@b.fr>")`);
  }
  const publicUrl = (
    readUrl(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${port}`
  ).replace(/\/+$/, '');
  const logLevelRaw = env.LOG_LEVEL?.trim() || 'info';
  const logLevel = (LOG_LEVELS as readonly string[]).includes(logLevelRaw)
    ? (logLevelRaw as Config['logLevel'])
    : 'info';
  if (logLevel !== logLevelRaw)
    problems.push(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')}, got "${logLevelRaw}"`);
  const config: Config = {
    port,
    host,
    databaseUrl,
    dataDir,
    smtpUrl,
    mailFrom,
    publicUrl,
    logLevel,
    demoData: readBool(env, 'DEMO_DATA', databaseUrl === undefined, problems),
    sessionIdleMinutes: readInt(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60, problems),
    sessionAbsoluteHours: readInt(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30, problems),
    secureCookies: readBool(env, 'SECURE_COOKIES', publicUrl.startsWith('https:'), problems),
    authRateLimitPerMinute: readInt(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 20, 1, 100_000, problems),
    runWorkers: readBool(env, 'RUN_WORKERS', true, problems),
    trustProxy: readBool(env, 'TRUST_PROXY', false, problems),
    trustedRootsDir: readDir(env, 'TRUSTED_ROOTS_DIR', problems),
    fluxMaxFileBytes: readInt(env, 'FLUX_MAX_FILE_BYTES', 10 * MB, 1024, 1024 * MB, problems),
    fluxMaxBytes: readInt(env, 'FLUX_MAX_BYTES', 200 * MB, 1024, 2048 * MB, problems),
    // One core is left to the job's own thread (judging, storing) and PostgreSQL.
    fluxReadThreads: readInt(
      env,
      'FLUX_READ_THREADS',
      Math.max(1, availableParallelism() - 1),
      0,
      64,
      problems,
    ),
    fluxReadTimeoutMs: readInt(env, 'FLUX_READ_TIMEOUT_MS', 120_000, 1, 3_600_000, problems),
    pdfDepositMaxBytes: readInt(
      env,
      'PDF_DEPOSIT_MAX_BYTES',
      10 * 1024 * 1024,
      1024,
      100 * 1024 * 1024,
      problems,
    ),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
