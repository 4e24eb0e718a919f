/**
 * The static server the browser tests and bench:ui serve the build with: it must behave like a
 * plain static host (types, folders, sub-paths) and never hand out a file outside the served folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from './server';

let dir: string;
let server: StaticServer;

/** A raw request: the path goes out byte for byte, without the URL normalisation fetch would apply. */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string; location: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () =>
        ok({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          location: String(res.headers.location ?? ''),
          body,
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-server-'));
  const site = join(dir, 'site');
  await mkdir(join(site, 'assets'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<!doctype html><title>site</title>');
  await writeFile(join(site, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(site, 'assets', 'app.css'), 'body{}');
  await writeFile(join(site, 'timeline.json'), '{}');
  await writeFile(join(dir, 'secret.txt'), 'outside the site');
  server = await startStaticServer({
    root: site,
    mounts: ['/', '/course/unit-1/chronology/'],
    routes: { '/host.html': { body: '<p>host</p>' } },
  });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the static test server', () => {
  it('serves files with the content types browsers need for modules and data', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/assets/app.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'console.log(1)',
    });
    expect((await get('/assets/app.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('/timeline.json')).type).toBe('application/json; charset=utf-8');
  });

  it('serves the same site under the sub-path, redirecting the bare folder to its slash with the query kept', async () => {
    expect(await get('/course/unit-1/chronology/assets/app.js')).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(await get('/course/unit-1/chronology?event=e1')).toMatchObject({
      status: 301,
      location: '/course/unit-1/chronology/?event=e1',
    });
    expect((await get('/course/unit-1/')).status).toBe(404);
  });

  it('never serves a file outside the folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/course/unit-1/chronology/../../../../secret.txt',
      '/course/unit-1/chronology/..%2f..%2f..%2f..%2fsecret.txt',
      '/secret.txt%00.html',
    ]) {
      const res = await get(path);
      expect(res.body, path).not.toContain('outside the site');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('answers extra routes, 404 for missing files, 405 for writes, and HEAD without a body', async () => {
    expect(await get('/host.html')).toMatchObject({ status: 200, body: '<p>host</p>' });
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/index.html', 'POST')).status).toBe(405);
    expect(await get('/assets/app.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('records every path asked for', async () => {
    await get('/assets/app.css?v=1');
    expect(server.requested).toContain('/assets/app.css');
  });
});
