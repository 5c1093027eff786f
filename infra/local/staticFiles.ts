import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Every file under `dir`, read once into memory and keyed by URL path (`/explorer/a.js`), so
 * serving them cannot escape the directory whatever the request path says.
 */
export const loadStaticFiles = async (dir: string, urlPrefix: string): Promise<Map<string, StaticFile>> => {
  const files = new Map<string, StaticFile>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full).split(path.sep).join('/');
    files.set(`${urlPrefix}/${rel}`, {
      body: await readFile(full),
      contentType: types[path.extname(entry.name)] ?? 'application/octet-stream',
    });
  }
  return files;
};
