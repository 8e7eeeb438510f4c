#!/usr/bin/env node
// `npm run dev`: the API server on port 3000 and Vite's dev server on 5173 (which proxies /api and
// /dev to it). Mail links point at Vite, so activation links open the live-reloading front end.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '3000';
const webPort = '5173';

const children = [
  spawn(process.execPath, ['packages/server/bin/chorale-server.js'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: apiPort,
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${webPort}`,
    },
  }),
  spawn(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), '--port', webPort, '--strictPort'],
    {
      cwd: path.join(root, 'packages/web'),
      stdio: 'inherit',
      env: { ...process.env, API_PORT: apiPort },
    },
  ),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
