// Start-up smoke test: `npm start` on a free port with a fresh data folder (embedded PGlite, demo
// data), wait for /api/health, log in as a demo user through the API, stop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-smoke-'));
const base = `http://127.0.0.1:${port}`;
const started = Date.now();
const child = spawn('npm', ['start'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SMTP_URL: '',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));

const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
const fail = (message) => {
  stop();
  console.error(`smoke test failed: ${message}\n--- output ---\n${output}`);
  process.exit(1);
};

let healthy = false;
while (Date.now() - started < 120_000) {
  if (child.exitCode !== null) fail(`npm start exited with code ${child.exitCode}`);
  try {
    const res = await fetch(`${base}/api/health`);
    if (res.ok) {
      healthy = true;
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 250));
}
if (!healthy) fail('no healthy answer from /api/health within 120 s');
const readyMs = Date.now() - started;

const match = output.match(/demo accounts:\n\s+.*?\s(\S+@\S+)\s+(\S+)\n/);
if (!match) fail('the console did not list demo accounts');
const [, email, password] = match;
const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});
if (login.status !== 200) fail(`login as ${email} answered ${login.status}: ${await login.text()}`);
const cookie = login.headers.get('set-cookie') ?? '';
const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: cookie.split(';')[0] } });
if (me.status !== 200) fail(`GET /api/v1/me after login answered ${me.status}`);
const profile = await me.json();
if (profile.email !== email) fail(`logged in as ${profile.email}, expected ${email}`);

stop();
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(
  `smoke test passed: healthy after ${readyMs} ms (npm start, fresh embedded database), logged in as ${email}`,
);
