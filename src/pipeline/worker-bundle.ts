// The extraction worker as one bundled script, built once per process with esbuild. A worker started from the
// TypeScript sources needs tsx's loader, which runs on its own thread and compiles every module again in every
// worker (about a second of CPU each); the bundle starts with nothing to compile.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ENTRY = new URL('./extract-worker.ts', import.meta.url);

/** `import.meta.url` of each bundled file stays that file's URL, so word lists beside it are still found. */
const fileUrls: Plugin = {
  name: 'file-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

let bundled: Promise<string> | null = null;

/**
 * The bundled worker as CommonJS source, for `new Worker(source, { eval: true })` (stack traces then say
 * `[worker eval]`, not a data: URL); rejects when esbuild cannot bundle it, and the caller falls back to tsx.
 */
export function workerBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY.pathname],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [fileUrls],
  }).then((result) => result.outputFiles[0]!.text);
  bundled.catch(() => { bundled = null; });
  return bundled;
}
