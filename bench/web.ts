import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const clientConfig = fileURLToPath(new URL('../client/vite.config.ts', import.meta.url));

/** Relative static imports of an ES module chunk (`import … from "./x.js"`, `export … from`), not `import()`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** What index.html loads before the app can run: module scripts, modulepreloads and stylesheets. */
export function initialAssets(html: string): string[] {
  const assets = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) if (m[1]) assets.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g))
    if (m[1]) assets.add(m[1]);
  return [...assets];
}

/**
 * Builds the web client for production (into a scratch directory) and measures what a first visit
 * downloads before anything lazy: the entry chunk(s) index.html loads, every chunk they import
 * statically, and the CSS, each gzipped (level 9, as a CDN would serve them).
 */
export async function runWebBench(): Promise<Record<string, number>> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'tunehub-web-bench-'));
  try {
    await build({ configFile: clientConfig, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const seen = new Set<string>();
    const queue = initialAssets(html).map((asset) => path.join(outDir, asset));
    let js = 0;
    let css = 0;
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const content = await readFile(file);
      const gz = gzipSync(content, { level: 9 }).length;
      if (file.endsWith('.css')) css += gz;
      else {
        js += gz;
        for (const spec of staticImports(content.toString('utf8')))
          queue.push(path.resolve(path.dirname(file), spec));
      }
    }
    return {
      'web.entryGzipBytes': js + css,
      'web.entryJsGzipBytes': js,
      'web.entryCssGzipBytes': css,
      'web.entryFiles': seen.size,
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
