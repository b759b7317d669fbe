// A small static server for the bench build. Files are gzipped once at start-up (as a static host or CDN
// would serve them precompressed), so the transfer sizes the browser reports are realistic and no CPU is
// spent compressing while a page is being timed.
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
};

/**
 * Text and vector tiles are sent gzipped, as tile hosts and CDNs do; a body that gzip would only make
 * longer (an empty tile over the sea) is sent as it is.
 */
export function encodeForServing(path: string, body: Buffer): Buffer | null {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const compressible = type.startsWith('text/') || type.startsWith('application/json') || type === 'image/svg+xml' || type === 'application/x-protobuf';
  if (!compressible) return null;
  const gzipped = gzipSync(body, { level: 9 });
  return gzipped.length < body.length ? gzipped : null;
}

/** Bytes of body the server sends for a file to a browser that accepts gzip. */
export function servedSize(path: string, body: Buffer): number {
  return (encodeForServing(path, body) ?? body).length;
}

interface Entry {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface StaticServer {
  url: string;
  /** Body bytes sent for a path (as in a URL) to a browser that accepts gzip; null if there is no such file. */
  servedBytes(pathname: string): number | null;
  close(): Promise<void>;
}

export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  for (const path of walk(root)) {
    if (path.endsWith('.map')) continue;
    const body = readFileSync(path);
    files.set(`/${relative(root, path).split(sep).join('/')}`, { body, gzipped: encodeForServing(path, body), type: TYPES[extname(path)] ?? 'application/octet-stream' });
  }
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const entry = files.get(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!entry) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = entry.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzipped! : entry.body;
    response.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      // Every run must start cold; a fresh browser context already has an empty cache, this makes sure of it.
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    servedBytes: (pathname) => {
      const entry = files.get(pathname);
      return entry ? (entry.gzipped ?? entry.body).length : null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
