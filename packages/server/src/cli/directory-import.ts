import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createRuntime, type Runtime } from '../bootstrap';
import { ConfigError, loadConfig } from '../config';
import { localize, type Lang } from '../i18n/lang';
import {
  createDirectoryImport,
  importDirectory,
  type ImportProgress,
} from '../services/import-directory';

const USAGE =
  'Usage: chorale directory:import STRUCTURES.csv [SERVICES.csv] [--lang fr|en]\n' +
  'Imports the annuaire into the database of DATABASE_URL (or DATA_DIR): adds, updates and\n' +
  'deactivates structures (never deletes). Exit code 0: imported without problem; 1: some lines\n' +
  'were refused (listed) or nothing was imported; 2: usage error.\n';

function progressWriter(stream: NodeJS.WriteStream): (p: ImportProgress) => void {
  let lastShown = -1;
  return (p) => {
    if (p.phase === 'reading' || p.phase === 'finishing') {
      stream.write(`${stream.isTTY ? '\r\x1b[K' : ''}${p.phase}...\n`);
      return;
    }
    const ratio = p.total === 0 ? 1 : p.done / p.total;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.phase} ${p.done}/${p.total}`,
      );
      if (p.done === p.total) stream.write('\n');
      return;
    }
    // Logs and pipes get a line per tenth, not a carriage-return storm.
    const tenth = Math.floor(ratio * 10);
    if (tenth !== lastShown || p.done === p.total) {
      lastShown = p.done === p.total ? -1 : tenth;
      stream.write(`${p.phase} ${p.done}/${p.total}\n`);
    }
  };
}

export async function runDirectoryImport(args: string[]): Promise<number> {
  const langAt = args.indexOf('--lang');
  const lang: Lang = langAt >= 0 && args[langAt + 1] === 'en' ? 'en' : 'fr';
  const files = args.filter((a, i) => !a.startsWith('--') && !(langAt >= 0 && i === langAt + 1));
  if (args.includes('--help') || files.length < 1 || files.length > 2) {
    (files.length === 0 && !args.includes('--help') ? process.stderr : process.stdout).write(USAGE);
    return args.includes('--help') ? 0 : 2;
  }
  const [structuresPath, servicesPath] = files as [string, string | undefined];
  let structuresCsv: string;
  let servicesCsv: string | null;
  try {
    structuresCsv = fs.readFileSync(structuresPath, 'utf8');
    servicesCsv = servicesPath ? fs.readFileSync(servicesPath, 'utf8') : null;
  } catch (error) {
    process.stderr.write(`chorale directory:import: ${(error as Error).message}\n`);
    return 2;
  }
  let runtime: Runtime;
  try {
    const config = loadConfig();
    runtime = await createRuntime(config, {
      log: pino({ level: 'warn' }, pino.destination(2)),
      manualWorker: true,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    const started = Date.now();
    const { ctx } = runtime;
    const importId = await createDirectoryImport(ctx, {
      source: 'cli',
      createdBy: null,
      structuresFileName: path.basename(structuresPath),
      servicesFileName: servicesPath ? path.basename(servicesPath) : null,
    });
    const summary = await importDirectory(
      ctx,
      importId,
      { structuresCsv, servicesCsv },
      progressWriter(process.stderr),
    );
    for (const p of summary.problems.slice(0, 100)) {
      process.stderr.write(`${p.file}:${p.line}: ${p.reason}: ${localize(p.message, lang)}\n`);
    }
    if (summary.problems.length > 100) {
      process.stderr.write(`... and ${summary.problems.length - 100} more problems\n`);
    }
    const s = summary.structures;
    const v = summary.services;
    process.stdout.write(
      [
        `import #${importId} ${summary.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  structures: ${s.total} valid lines, ${s.created} created, ${s.updated} updated, ${s.deactivated} deactivated`,
        `  services:   ${v.total} valid lines, ${v.created} created, ${v.updated} updated, ${v.deactivated} deactivated`,
        `  problems:   ${summary.problemCount} lines refused`,
        '',
      ].join('\n'),
    );
    return summary.status === 'done' && summary.problemCount === 0 ? 0 : 1;
  } finally {
    await runtime.close();
  }
}
