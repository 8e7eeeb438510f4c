/** `chorale convert --to ubl|cii|facturx IN OUT`. */
export function runConvert(_args: string[]): Promise<number> {
  process.stderr.write('chorale convert: not available yet\n');
  return Promise.resolve(2);
}
