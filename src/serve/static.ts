// The viewer's files: viz/index.html and its stylesheet as they are, viz/main.ts bundled once with esbuild.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { KgError } from '../errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Only plain file names directly in viz/: no slashes, no dot files, so nothing outside it is reachable. */
const SERVABLE = /^[a-z0-9][a-z0-9_-]*\.(html|css|svg|png|ico)$/;

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * The viewer's scripts by file name: `app.js`, and the chunks it imports only when needed (the focus layout,
 * the exports with their schema code), so a page starts on about half the code.
 */
export async function bundleViewer(vizDir: string): Promise<Map<string, StaticFile>> {
  try {
    const result = await build({
      entryPoints: { app: join(vizDir, 'main.ts') },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      outdir: 'viewer',
      chunkNames: 'chunk-[hash]',
      legalComments: 'none',
      logLevel: 'silent',
    });
    return new Map(result.outputFiles.map((file) => [basename(file.path), { body: Buffer.from(file.contents), contentType: TYPES['.js']! }]));
  } catch (cause) {
    throw new KgError('serve', 'VIZ_BUNDLE_FAILED', `could not bundle ${join(vizDir, 'main.ts')} (${(cause as Error).message.split('\n')[0]}); check the viewer sources`, { cause });
  }
}

/** `null` when the name is not a viewer file. */
export async function readViewerFile(vizDir: string, name: string): Promise<StaticFile | null> {
  if (!SERVABLE.test(name)) return null;
  const ext = name.slice(name.lastIndexOf('.'));
  try {
    return { body: await readFile(join(vizDir, name)), contentType: TYPES[ext]! };
  } catch {
    return null;
  }
}
