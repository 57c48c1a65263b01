// The extraction worker as one bundled script, built once per process with esbuild. A worker started from the
// TypeScript sources needs tsx's loader, which runs on its own thread and compiles every module again in every
// worker (about a second of CPU each); the bundle starts with nothing to compile.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** The TypeScript entry beside this module, or the compiled one when this module runs from dist/ (`npm run build`). */
const ENTRY = [new URL('./extract-worker.ts', import.meta.url), new URL('./extract-worker.js', import.meta.url)].map((u) => fileURLToPath(u)).find((p) => existsSync(p))!;

/** `import.meta.url` of each of our bundled files stays that file's URL, so word lists beside it are still found. */
const fileUrls: Plugin = {
  name: 'file-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      return {
        contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js',
      };
    });
  },
};

let bundled: Promise<string> | null = null;

/**
 * The bundled worker as CommonJS source, for `new Worker(source, { eval: true })` (stack traces then say
 * `[worker eval]`, not a data: URL); rejects when esbuild cannot bundle it, and the caller falls back to tsx.
 */
export function workerBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
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
