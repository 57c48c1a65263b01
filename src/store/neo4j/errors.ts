// Driver failures as KgErrors with stable codes; messages name the URI and the fix, never the password.
import { KgError } from '../../errors.js';

interface DriverError {
  code?: string;
  gqlStatus?: string;
  message?: string;
  retriable?: boolean;
}

/** A URI as messages show it: user and password written into it ("bolt://neo4j:secret@host") are left out. */
export function uriWithoutCredentials(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/** Returns a KgError for any error thrown while talking to Neo4j at `uri`. */
export function storeError(error: unknown, address: string, doing: string): KgError {
  if (error instanceof KgError) return error;
  const uri = uriWithoutCredentials(address);
  const driverError = (error ?? {}) as DriverError;
  const code = driverError.code ?? '';
  const detail = driverError.message ?? String(error);
  if (code === 'ServiceUnavailable' || code === 'ECONNREFUSED' || /connect|ECONNREFUSED|ECONNRESET|closed|timed out/i.test(detail) && code === '') {
    return new KgError('store', 'STORE_UNREACHABLE',
      `Neo4j at ${uri} is unreachable while ${doing} (${detail}); start it (\`npm run neo4j\`, or docker compose up -d) or set NEO4J_URI / --uri`,
      { cause: error, retriable: true });
  }
  if (code === 'SessionExpired') {
    return new KgError('store', 'STORE_CONNECTION_LOST',
      `the connection to Neo4j at ${uri} was lost while ${doing} (${detail}); check the server and run the command again (loading is idempotent)`,
      { cause: error, retriable: true });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new KgError('store', 'STORE_AUTH',
      `Neo4j at ${uri} refused the user name or password while ${doing}; set NEO4J_USER and NEO4J_PASSWORD (or --user/--password) to the server's credentials`,
      { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Forbidden' || code.startsWith('Neo.ClientError.Statement.AccessMode')) {
    return new KgError('store', 'STORE_READ_ONLY', `Neo4j at ${uri} refused a write while ${doing}: queries run read-only (${detail})`, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('store', 'STORE_DATABASE_MISSING',
      `Neo4j at ${uri} has no such database while ${doing} (${detail}); leave NEO4J_DATABASE unset for the default database`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement')) {
    return new KgError('store', 'STORE_QUERY_INVALID', `Neo4j at ${uri} rejected the query while ${doing}: ${detail}`, { cause: error });
  }
  return new KgError('store', 'STORE_FAILED', `Neo4j at ${uri} failed while ${doing}: ${detail}${code ? ` (${code})` : ''}`,
    { cause: error, retriable: driverError.retriable === true });
}
