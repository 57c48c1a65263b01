// Builds (once) and starts the embedded Neo4j Community server of ./Neo4jServer.java: no Docker needed.
// The Maven classpath and compiled class are cached under .cache/neo4j-server, keyed by a hash of the sources.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError, silentLogger, type Logger } from '../../../errors.js';
import { PROJECT_ROOT } from '../../../paths.js';

export { PROJECT_ROOT };

const SERVER_DIR = dirname(fileURLToPath(import.meta.url));
const POM = join(SERVER_DIR, 'pom.xml');
const SOURCE = join(SERVER_DIR, 'src/main/java/kg/Neo4jServer.java');
const READY = /^kg-neo4j ready (bolt:\/\/\S+)/m;

export interface ServerBuild {
  /** Java class path: the compiled launcher and the Neo4j jars in ~/.m2. */
  classpath: string;
}

export interface StartOptions {
  /** Data directory; created if missing. Restarting on the same directory keeps the data. */
  home: string;
  port: number;
  password: string;
  host?: string;
  /** JVM heap, e.g. '1g'. */
  heap?: string;
  pageCacheMb?: number;
  /** Stop when our stdin closes (the parent died); off for a server detached from its parent. */
  stopOnStdinClose?: boolean;
  /** Write the server's stdout and stderr to this file and detach it from the parent process. */
  detachedLogFile?: string;
  /** Give up waiting for the ready line after this long. */
  startTimeoutMs?: number;
  cacheDir?: string;
  logger?: Logger;
}

export interface RunningServer {
  uri: string;
  pid: number;
  home: string;
  process: ChildProcess;
  /** SIGTERM, then waits for a clean exit (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

function requireTool(command: string, args: string[], what: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore', env: process.env });
  if (probe.error) {
    throw new KgError('store', 'STORE_TOOL_MISSING',
      `${command} was not found on PATH; the local Neo4j server needs ${what}. Install it (Debian: apt-get install ${command === 'java' ? 'openjdk-17-jdk-headless' : 'maven'}) or point NEO4J_URI at a running Neo4j 5`);
  }
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** Resolves the Neo4j jars with Maven and compiles the launcher class, unless the cache is current. */
export async function buildServer(options: { cacheDir?: string; logger?: Logger } = {}): Promise<ServerBuild> {
  const logger = options.logger ?? silentLogger;
  const cacheDir = options.cacheDir ?? join(PROJECT_ROOT, '.cache/neo4j-server');
  const stamp = createHash('sha256').update(readFileSync(POM)).update(readFileSync(SOURCE)).digest('hex');
  const stampFile = join(cacheDir, 'stamp');
  const classpathFile = join(cacheDir, 'classpath.txt');
  const classes = join(cacheDir, 'classes');
  const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(classpathFile);
  if (!current) {
    requireTool('java', ['-version'], 'Java 17 or 21');
    requireTool('mvn', ['-v'], 'Apache Maven (it downloads Neo4j from Maven Central once)');
    mkdirSync(classes, { recursive: true });
    logger.info('neo4j: resolving Neo4j Community from Maven Central (first run only)…');
    const resolved = await run('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], cacheDir);
    if (resolved.code !== 0) {
      throw new KgError('store', 'STORE_SERVER_BUILD', `mvn could not resolve Neo4j (exit ${resolved.code}); check access to Maven Central:\n${resolved.output.slice(-2000)}`);
    }
    const compiled = await run('javac', ['-d', classes, '-cp', readFileSync(classpathFile, 'utf8').trim(), SOURCE], cacheDir);
    if (compiled.code !== 0) {
      throw new KgError('store', 'STORE_SERVER_BUILD', `javac failed on ${SOURCE}:\n${compiled.output.slice(-2000)}`);
    }
    writeFileSync(stampFile, stamp);
  }
  return { classpath: `${classes}:${readFileSync(classpathFile, 'utf8').trim()}` };
}

/** A TCP port nobody listens on right now, chosen by the OS. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function waitForExit(child: ChildProcess, pid: number, timeoutMs: number): Promise<void> {
  return new Promise((done) => {
    if (!isAlive(pid)) return done();
    const timer = setTimeout(() => { if (isAlive(pid)) process.kill(pid, 'SIGKILL'); }, timeoutMs);
    const poll = setInterval(() => {
      if (!isAlive(pid)) { clearInterval(poll); clearTimeout(timer); done(); }
    }, 100);
    child.once('exit', () => { clearInterval(poll); clearTimeout(timer); done(); });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the server and resolves once it accepts Bolt connections. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const build = await buildServer({ cacheDir: options.cacheDir, logger: options.logger });
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.home, { recursive: true });
  const args = [
    // A fixed heap with the parallel collector: the serial one spent a third of a bulk load in GC.
    `-Xms${options.heap ?? '1g'}`, `-Xmx${options.heap ?? '1g'}`, '-XX:+UseParallelGC', '-Dfile.encoding=UTF-8',
    '-cp', build.classpath, 'kg.Neo4jServer',
    '--home', options.home, '--host', host, '--port', String(options.port),
    '--page-cache-mb', String(options.pageCacheMb ?? 256),
  ];
  if (options.stopOnStdinClose) args.push('--stop-on-stdin-close');
  const env = { ...process.env, KG_NEO4J_PASSWORD: options.password };
  const detached = options.detachedLogFile !== undefined;
  const logFd = detached ? openSync(options.detachedLogFile!, 'a') : undefined;
  const child = spawn('java', args, {
    env,
    detached,
    stdio: detached ? ['ignore', logFd!, logFd!] : [options.stopOnStdinClose ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  if (logFd !== undefined) closeSync(logFd);
  const spawnError = new Promise<never>((_, fail) => child.once('error', (cause) => fail(
    new KgError('store', 'STORE_TOOL_MISSING', `java could not be started (${cause.message}); install Java 17 or 21`, { cause }))));
  spawnError.catch(() => {});
  const pid = child.pid;
  if (pid === undefined) throw new KgError('store', 'STORE_TOOL_MISSING', 'java could not be started; install Java 17 or 21');

  const uri = await Promise.race([spawnError, new Promise<string>((done, fail) => {
    let output = '';
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const give = (error: KgError) => { clearInterval(poll); clearTimeout(timer); fail(error); };
    const check = () => {
      if (detached) output = existsSync(options.detachedLogFile!) ? readFileSync(options.detachedLogFile!, 'utf8') : '';
      const ready = READY.exec(output);
      if (ready) { clearInterval(poll); clearTimeout(timer); done(ready[1]!); }
    };
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      give(new KgError('store', 'STORE_SERVER_START', `Neo4j did not start within ${timeoutMs / 1000} s (data directory ${options.home}):\n${output.slice(-2000)}`));
    }, timeoutMs);
    if (!detached) {
      child.stdout!.on('data', (chunk) => { output += chunk; check(); });
      child.stderr!.on('data', (chunk) => { output += chunk; });
    }
    child.once('exit', (code) => {
      if (detached) check();
      give(new KgError('store', 'STORE_SERVER_START', `Neo4j exited with code ${code} before it was ready (data directory ${options.home}; is port ${options.port} taken?):\n${output.slice(-2000)}`));
    });
  })]);
  if (detached) child.unref();
  return {
    uri,
    pid,
    home: options.home,
    process: child,
    stop: (timeoutMs = 30_000) => {
      if (isAlive(pid)) process.kill(pid, 'SIGTERM');
      return waitForExit(child, pid, timeoutMs);
    },
  };
}
