/**
 * Entry point of the `chorale` command line. Each sub-command lives in its own module and returns
 * its exit code: 0 success, 1 the work found problems, 2 usage error.
 */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary:
      'validate e-invoices (UBL, CII, Factur-X): chorale validate FILE... [--json] [--lang fr|en]',
    load: async () => (await import('@chorale/einvoice/cli')).runValidate,
  },
  'directory:import': {
    summary: 'import the annuaire: chorale directory:import STRUCTURES.csv [SERVICES.csv]',
    load: async () => (await import('./directory-import')).runDirectoryImport,
  },
  recognize: {
    summary:
      'recognise invoice fields of a PDF: chorale recognize FILE.pdf [--json] [--ignore-embedded-xml]',
    load: async () => (await import('./recognize')).runRecognize,
  },
  'db:migrate': {
    summary: 'apply pending database migrations: chorale db:migrate',
    load: async () => (await import('./db-migrate')).runDbMigrate,
  },
  worker: {
    summary:
      'run background jobs only (flux integration, mail): chorale worker [--poll-ms N] [--lease-seconds N]',
    load: async () => (await import('./worker')).runWorker,
  },
  convert: {
    summary: 'convert an e-invoice: chorale convert --to ubl|cii|facturx IN OUT',
    load: async () => (await import('@chorale/einvoice/cli')).runConvert,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`);
  return `Usage: chorale <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`chorale: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const run = await command.load();
  return run(rest);
}
