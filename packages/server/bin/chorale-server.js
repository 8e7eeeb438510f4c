#!/usr/bin/env node
// Starts the portal (HTTP server and background workers) from the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
const { start } = await import('../src/main.ts');
await start(process.argv.slice(2));
