/**
 * A small static file server for the browser tests and the UI benchmark: it serves a built site
 * (`vite build` output) the way a plain static host would, at the root and under sub-paths, so the
 * tests exercise the same relative URLs a course page or a USB stick would.
 *
 * Deliberately tiny (node:http only): no caching, no compression, GET and HEAD only, and nothing
 * outside the served folder is ever readable (`..`, encoded slashes and NUL bytes are refused).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Where the e2e setup also serves the site, as a course page on a shared host would. */
export const COURSE_SUBPATH = '/course/unit-1/chronology/';

/** Content types for everything a Vite build may emit. Unknown extensions are served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A fixed response for one exact path, or a handler that writes its own. */
export type Route =
  | { status?: number; contentType?: string; body: string | Uint8Array; headers?: Record<string, string> }
  | ((req: IncomingMessage, res: ServerResponse) => void | Promise<void>);

export interface StaticServerOptions {
  /** Folder to serve (e.g. `.tmp/e2e-dist`). Omit for a server that only answers `routes`. */
  root?: string;
  /**
   * URL prefixes the folder is served under, each starting and ending with `/`.
   * Default `['/']`. With `['/', '/course/unit-1/chronology/']` the same site answers at both.
   */
  mounts?: string[];
  /** Exact pathnames (e.g. `/host.html`, `/course/unit-1/chronology/timeline.json`) answered before any file lookup. */
  routes?: Record<string, Route>;
  /** Port to listen on; default 0 (a free one). */
  port?: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  /** `http://127.0.0.1:PORT/`. */
  url: string;
  port: number;
  /** Absolute URL of a path on this server (`server.urlOf('/course/unit-1/chronology/')`). */
  urlOf(path: string): string;
  /** Every pathname requested so far, in order (for asserting what the browser asked for). */
  requested: string[];
  close(): Promise<void>;
}

function normaliseMount(m: string): string {
  let s = m.startsWith('/') ? m : `/${m}`;
  if (!s.endsWith('/')) s += '/';
  return s;
}

/**
 * Map a URL pathname under a mount to a file under root, or null when it would leave root.
 * Exported for its tests of escapes.
 */
export function resolveUnder(root: string, relPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return null;
  }
  // An encoded slash or backslash could smuggle a separator past the segment check below.
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(relPath)) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  const absRoot = resolve(root);
  const file = resolve(absRoot, ...segments.filter((s) => s !== '' && s !== '.'));
  if (file !== absRoot && !file.startsWith(absRoot + sep)) return null;
  return file;
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<boolean> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return false;
  }
  if (info.isDirectory()) {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (!pathname.endsWith('/')) {
      // Relative asset URLs (`./assets/…`) only resolve inside the folder when the URL ends in `/`,
      // which is what every static host does with a redirect.
      const q = new URL(req.url ?? '/', 'http://x').search;
      res.writeHead(301, { Location: `${pathname}/${q}` });
      res.end();
      return true;
    }
    return sendFile(req, res, resolve(file, 'index.html'));
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

async function sendRoute(req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> {
  if (typeof route === 'function') {
    await route(req, res);
    return;
  }
  const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : route.body;
  res.writeHead(route.status ?? 200, {
    'Content-Type': route.contentType ?? 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...route.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res: ServerResponse, status = 404, text = 'Not found'): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Start a static server on 127.0.0.1 (a free port unless `port` is given). */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const mounts = (options.mounts ?? ['/']).map(normaliseMount).sort((a, b) => b.length - a.length);
  const routes = options.routes ?? {};
  const requested: string[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requested.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res, 405, 'Method not allowed');
    const route = routes[url.pathname];
    if (route) return sendRoute(req, res, route);
    if (!options.root) return notFound(res);
    // `/course/unit-1/chronology` (no slash) belongs to the mount `/course/unit-1/chronology/`.
    const withSlash = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    const mount = mounts.find((m) => url.pathname.startsWith(m) || withSlash === m);
    if (!mount) return notFound(res);
    const file = resolveUnder(options.root, url.pathname.slice(mount.length - 1));
    if (!file) return notFound(res, 400, 'Bad path');
    if (!(await sendFile(req, res, file))) notFound(res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) notFound(res, 500, String(err));
      else res.destroy();
    });
  });
  // Keep-alive sockets would hold `close()` open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    port,
    urlOf: (path: string) => new URL(path, origin).href,
    requested,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
