// One error type with a stable code, the stage that raised it and whether a retry may help.
export type Stage = 'ingest' | 'extract' | 'resolve' | 'graph' | 'export' | 'store' | 'serve' | 'cli' | 'config' | 'eval';

export class KgError extends Error {
  readonly code: string;
  readonly stage: Stage;
  readonly retriable: boolean;

  constructor(stage: Stage, code: string, message: string, options: { cause?: unknown; retriable?: boolean } = {}) {
    super(`${stage}: ${message}`, { cause: options.cause });
    this.name = 'KgError';
    this.stage = stage;
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/** Library code never prints: stages take a logger, the CLI decides where it goes. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };
