/**
 * Builds the app exactly as `vite build` does and reports what went where: every chunk with its
 * static and dynamic imports, its CSS and the modules inside it, and the service worker's precache.
 * The size gates (tests/unit/release-gates.test.ts) and the bench (`npm run bench`) both read this report, so
 * "the first screen" means one thing everywhere.
 *
 * The first screen is, deterministically: the entry chunk of index.html, every chunk it imports
 * statically (transitively: the browser fetches them all before the entry runs) and their CSS. What
 * loads later through a dynamic import() is not in it.
 *
 * Run as a script: `tsx scripts/build-report.ts <outDir> <report.json>` builds into outDir and writes the
 * report (a separate process keeps a test runner's environment out of the build).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

/** Budgets the tests enforce and the bench prints beside its figures. */
export const BUDGETS = {
  // 47.3 KB since the screens' module preload map left it (it holds their CSS only): the gate is what was
  // reached, as the issue on speed asks; a screen that adds to the first one must take as much out.
  firstScreenGzipBytes: 48 * 1024,
  /**
   * Packages that must only ever arrive through a dynamic import, when someone needs them. Dexie
   * included: the first screen only reads, and reads without it.
   */
  neverInFirstScreen: ['chart.js', 'jspdf', 'html2canvas', 'dompurify', 'canvg', 'dexie'],
} as const;

export interface ChunkReport {
  file: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  css: string[];
  /** Module ids relative to the project root (node_modules paths kept as they are). */
  modules: string[];
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BuildReport {
  outDir: string;
  chunks: ChunkReport[];
  firstScreen: { files: FileSize[]; raw: number; gzip: number; packages: string[] };
  /** Every JS chunk not in the first screen, largest first. */
  lazy: FileSize[];
  precache: { files: FileSize[]; raw: number; gzip: number };
}

/** The name of the npm package a module id comes from, or undefined for the project's own code. */
export function packageOf(moduleId: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId.split('\\').join('/'));
  return match?.[1];
}

/** The entry of index.html and everything it imports statically, in load order, without repeats. */
export function firstScreenChunks(chunks: ChunkReport[]): ChunkReport[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set<string>();
  const out: ChunkReport[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`the build report has no chunk ${file}`);
    out.push(chunk);
    chunk.imports.forEach(visit);
  };
  const entries = chunks.filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  visit(entries[0]!.file);
  return out;
}

export function sizeOf(outDir: string, file: string): FileSize {
  const body = readFileSync(join(outDir, file));
  return { file, raw: body.length, gzip: gzipSync(body).length };
}

const sum = (files: FileSize[], key: 'raw' | 'gzip') => files.reduce((total, f) => total + f[key], 0);

/** The URLs workbox precaches, read from the generated service worker. */
export function precachedFiles(outDir: string): string[] {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  if (!urls.length) throw new Error('no precache manifest found in sw.js');
  return urls;
}

function recordChunks(into: ChunkReport[]): Plugin {
  return {
    name: 'diapason:build-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        into.push({
          file: output.fileName,
          isEntry: output.isEntry,
          isDynamicEntry: output.isDynamicEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          css: [...(output.viteMetadata?.importedCss ?? [])],
          modules: output.moduleIds.map((id) => relative(ROOT, id.replace(/^\0/, '')).split('\\').join('/')),
        });
      }
    },
  };
}

/** Builds into outDir (emptied first) with the project's vite.config.ts, and reports. */
export async function buildWithReport(outDir: string): Promise<BuildReport> {
  // A NODE_ENV left by a test runner would make Vite and Svelte build in development mode.
  process.env.NODE_ENV = 'production';
  const chunks: ChunkReport[] = [];
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: resolve(outDir), emptyOutDir: true },
    plugins: [recordChunks(chunks)],
  });
  return report(resolve(outDir), chunks);
}

function report(outDir: string, chunks: ChunkReport[]): BuildReport {
  const first = firstScreenChunks(chunks);
  // An entry chunk that only imports another one is a facade Vite drops from the output (index.html
  // then loads what it imports): it is walked through, never weighed.
  const written = (file: string) => existsSync(join(outDir, file));
  const firstFiles = [...new Set(first.flatMap((c) => [c.file, ...c.css]))].filter(written).map((f) => sizeOf(outDir, f));
  const firstSet = new Set(firstFiles.map((f) => f.file));
  const packages = [...new Set(first.flatMap((c) => c.modules.map(packageOf)).filter((p) => p !== undefined))].sort();
  const lazy = chunks
    .filter((c) => !firstSet.has(c.file) && written(c.file))
    .map((c) => sizeOf(outDir, c.file))
    .sort((a, b) => b.gzip - a.gzip);
  const precache = precachedFiles(outDir).map((f) => sizeOf(outDir, f));
  return {
    outDir,
    chunks,
    firstScreen: { files: firstFiles, raw: sum(firstFiles, 'raw'), gzip: sum(firstFiles, 'gzip'), packages },
    lazy,
    precache: { files: precache, raw: sum(precache, 'raw'), gzip: sum(precache, 'gzip') },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [outDir, reportFile] = process.argv.slice(2);
  if (!outDir || !reportFile) {
    console.error('usage: tsx scripts/build-report.ts <outDir> <report.json>');
    process.exit(2);
  }
  mkdirSync(dirname(resolve(reportFile)), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(await buildWithReport(outDir), null, 2) + '\n');
}
