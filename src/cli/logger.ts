// The CLI's logger: warnings always to stderr, information unless --quiet, debug with KG_DEBUG.
import type { Logger } from '../errors.js';

export function stderrLogger(quiet = false, debug = false): Logger {
  return {
    info: (message) => { if (!quiet) process.stderr.write(`${message}\n`); },
    warn: (message) => { process.stderr.write(`warning: ${message}\n`); },
    debug: (message) => { if (debug) process.stderr.write(`debug: ${message}\n`); },
  };
}
