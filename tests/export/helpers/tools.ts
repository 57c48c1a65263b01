// Runs the real outside tools (xmllint, python networkx/igraph) on exported files; a missing tool fails loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const XSD = resolve('tests/fixtures/graphml/graphml.xsd');
const XMLLINT = '/usr/bin/xmllint';
const PYTHON = '/usr/bin/python3';
const READER = resolve('tests/export/helpers/read_graphml.py');

/** Writes text to a fresh temporary file and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-export-')), name);
  writeFileSync(path, text, 'utf8');
  return path;
}

function requireTool(path: string, apt: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: install it with \`apt-get install ${apt}\`; this test needs the real tool`);
}

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `xmllint --nonet --noout --schema graphml.xsd file`: status 0 means valid. */
export function xmllintValidate(file: string): ToolResult {
  requireTool(XMLLINT, 'libxml2-utils');
  const run = spawnSync(XMLLINT, ['--nonet', '--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface PythonView {
  networkx: {
    directed: boolean;
    nodes: Record<string, Record<string, unknown>>;
    edges: Array<Record<string, unknown>>;
  };
  igraph: {
    directed: boolean;
    vertices: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown>>;
  };
}

/** What networkx.read_graphml and igraph.Graph.Read_GraphML make of the file. */
export function readWithPython(file: string): PythonView {
  requireTool(PYTHON, 'python3');
  const run = spawnSync(PYTHON, [READER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`python readers failed (status ${run.status}); install python3-networkx and python3-igraph if missing:\n${run.stderr}`);
  return JSON.parse(run.stdout) as PythonView;
}
