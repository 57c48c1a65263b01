// Opens a driver with short timeouts, so an unreachable server is reported in seconds, not minutes.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../../config/index.js';
import { storeError, uriWithoutCredentials } from './errors.js';

export const DEFAULT_URI = 'bolt://127.0.0.1:7687';

export interface Connection {
  driver: Driver;
  uri: string;
  database: string | undefined;
  batchSize: number;
}

export interface ConnectOptions {
  /** Establishing a TCP + Bolt connection; default 5 s. */
  connectionTimeoutMs?: number;
  /** How long a write transaction is retried on transient failures; default 10 s. */
  maxRetryTimeMs?: number;
}

/** Connects and verifies the server answers with these credentials; throws STORE_UNREACHABLE or STORE_AUTH. */
export async function connect(config: Pick<Config, 'neo4j'>, options: ConnectOptions = {}): Promise<Connection> {
  const settings = config.neo4j;
  const uri = settings.uri ?? DEFAULT_URI;
  const driver = neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: options.connectionTimeoutMs ?? 5000,
    connectionAcquisitionTimeout: (options.connectionTimeoutMs ?? 5000) * 2,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 10_000,
    disableLosslessIntegers: false,
    userAgent: 'news-kg',
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity({ database: settings.database ?? undefined });
  } catch (error) {
    await driver.close().catch(() => {});
    throw storeError(error, uri, 'connecting');
  }
  return { driver, uri: uriWithoutCredentials(uri), database: settings.database ?? undefined, batchSize: settings.batchSize };
}
