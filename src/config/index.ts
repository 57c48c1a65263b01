// Layered configuration: defaults < kg.config.json < environment < flags, resolved once and frozen.
// The only module that reads process.env.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { KgError } from '../errors.js';

export const Config = z.object({
  ingest: z.object({ maxBytes: z.number().int().positive() }),
  neo4j: z.object({
    // A Bolt address: "http://…" (the Browser's port) or a typo fails here with the fix, not inside the driver.
    uri: z.string().regex(/^(?:neo4j|bolt)(?:\+s|\+ssc)?:\/\/\S+$/i, 'must be a Bolt address: bolt://host:7687 or neo4j://host:7687 (+s or +ssc for TLS), not http://').nullable(),
    user: z.string(),
    password: z.string(),
    database: z.string().nullable(),
    batchSize: z.number().int().positive(),
  }),
  serve: z.object({
    host: z.string(),
    port: z.number().int().min(0).max(65535),
    /** Where `kg serve` reads the graph: <out>/graph.json, or the Neo4j store configured under `neo4j`. */
    source: z.enum(['file', 'neo4j']),
  }),
});
export type Config = z.infer<typeof Config>;

export const DEFAULTS: Config = {
  ingest: { maxBytes: 5 * 1024 * 1024 },
  neo4j: { uri: null, user: 'neo4j', password: 'kg-local-password', database: null, batchSize: 5000 },
  serve: { host: '127.0.0.1', port: 4173, source: 'file' },
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type ConfigOverrides = DeepPartial<Config>;

function merge<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (!over) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = current && typeof current === 'object' && !Array.isArray(current) && value && typeof value === 'object'
      ? merge(current, value as never)
      : value;
  }
  return out as T;
}

function fromEnv(env: NodeJS.ProcessEnv): ConfigOverrides {
  const port = env.KG_PORT ? Number(env.KG_PORT) : undefined;
  const maxBytes = env.KG_MAX_BYTES ? Number(env.KG_MAX_BYTES) : undefined;
  return {
    ingest: { maxBytes },
    neo4j: { uri: env.NEO4J_URI || undefined, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE },
    serve: { host: env.KG_HOST, port, source: (env.KG_SERVE_SOURCE || undefined) as Config['serve']['source'] | undefined },
  };
}

function fromFile(path: string): ConfigOverrides {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ConfigOverrides;
  } catch (cause) {
    throw new KgError('config', 'CONFIG_UNREADABLE', `${path} is not valid JSON; fix or remove it`, { cause });
  }
}

/** Resolves the configuration once; throws a KgError naming the bad setting. */
export function resolveConfig(flags: ConfigOverrides = {}, options: { cwd?: string; env?: NodeJS.ProcessEnv; file?: string } = {}): Readonly<Config> {
  const file = options.file ?? resolve(options.cwd ?? process.cwd(), 'kg.config.json');
  const layered = merge(merge(merge(DEFAULTS, fromFile(file)), fromEnv(options.env ?? process.env)), flags);
  const parsed = Config.safeParse(layered);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KgError('config', 'CONFIG_INVALID', `setting ${issue.path.join('.')} is invalid: ${issue.message}`);
  }
  return Object.freeze(parsed.data);
}

/**
 * Whether a build checks every node and relationship against the zod schema when its caller does not say.
 * On under a test runner (NODE_ENV=test, which Jest sets and CLI runs spawned by tests inherit) or with KG_VALIDATE=1;
 * off otherwise: zod on every record costs about as much as resolving the corpus, and the records come from typed code.
 */
export function validateByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' || env.KG_VALIDATE === '1' || env.KG_VALIDATE === 'true';
}
