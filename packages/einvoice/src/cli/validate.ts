/** `chorale validate FILE... [--json] [--lang fr|en]`. */
export function runValidate(_args: string[]): Promise<number> {
  process.stderr.write('chorale validate: not available yet\n');
  return Promise.resolve(2);
}
