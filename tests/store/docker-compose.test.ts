// No Docker engine here: the compose file is checked by Compose itself (`config` needs no engine)
// and as data against what the tests run and what kg expects.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config/index.js';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'));
const neo4j = compose.services.neo4j;

test('uses the official Community image of the Neo4j version the tests run', () => {
  const pom = readFileSync('src/store/neo4j/server/pom.xml', 'utf8');
  const version = /<neo4j.version>([^<]+)<\/neo4j.version>/.exec(pom)![1];
  expect(neo4j.image).toBe(`neo4j:${version}-community`);
});

test('takes the password from the environment, defaulting to the local password kg itself defaults to', () => {
  expect(neo4j.environment.NEO4J_AUTH).toBe(`neo4j/\${NEO4J_PASSWORD:-${DEFAULTS.neo4j.password}}`);
  expect(DEFAULTS.neo4j.user).toBe('neo4j');
});

test('binds the HTTP and Bolt ports to the loopback interface only', () => {
  expect(neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
});

test('keeps data and logs in named volumes', () => {
  expect(neo4j.volumes).toEqual(['neo4j-data:/data', 'neo4j-logs:/logs']);
  expect(Object.keys(compose.volumes).sort()).toEqual(['neo4j-data', 'neo4j-logs']);
});

test('has a healthcheck with an interval, retries and a start period', () => {
  expect(neo4j.healthcheck.test[0]).toBe('CMD-SHELL');
  expect(neo4j.healthcheck).toMatchObject({ interval: expect.stringMatching(/^\d+s$/), retries: expect.any(Number), start_period: expect.stringMatching(/^\d+s$/) });
});

/** `docker compose` (v2 plugin) when present, else Debian's `docker-compose`; .ci/run installs the latter. */
function composeCommand(): string[] | null {
  if (spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['--version'], { encoding: 'utf8' }).status === 0) return ['docker-compose'];
  return null;
}

test('Compose accepts the file and resolves the password from the environment', () => {
  const compose = composeCommand();
  if (!compose) throw new Error('neither `docker compose` nor `docker-compose` is installed: apt-get install docker-compose');
  const run = spawnSync(compose[0]!, [...compose.slice(1), 'config'], { encoding: 'utf8', env: { ...process.env, NEO4J_PASSWORD: 'from-env-123' } });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('NEO4J_AUTH: neo4j/from-env-123');
  expect(run.stdout).toMatch(/127\.0\.0\.1:7687:7687/);
});
