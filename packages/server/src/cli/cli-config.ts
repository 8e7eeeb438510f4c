import { ConfigError, loadConfig, type Config } from '../config';

/**
 * The configuration for a command: undefined after writing a configuration error (a bad variable)
 * to stderr, for the command to exit with code 2; any other error is thrown.
 */
export function loadCliConfig(): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}
