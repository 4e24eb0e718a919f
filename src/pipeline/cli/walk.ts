/**
 * The files of a folder, lazily: an async generator over its entries, recursively, hidden ones excepted, in
 * the order of their paths as strings (the build's order: a folder `a` sorts as `a/`, after `a-b.txt`), one
 * folder listing held at a time.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Walked = { path: string } | { problem: string; path: string; code: string };

export async function* walkFiles(dir: string): AsyncGenerator<Walked> {
  let entries: { name: string; dir: boolean }[];
  try {
    entries = [];
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await stat(join(dir, e.name));
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          yield {
            problem: 'cannot read',
            path: join(dir, e.name),
            code: (err as NodeJS.ErrnoException).code ?? 'error',
          };
          continue;
        }
      }
      if (isDir || isFile) entries.push({ name: e.name, dir: isDir });
    }
  } catch (err) {
    yield { problem: 'cannot read the folder', path: dir, code: (err as NodeJS.ErrnoException).code ?? 'error' };
    return;
  }
  const key = (e: { name: string; dir: boolean }) => (e.dir ? `${e.name}/` : e.name);
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walkFiles(p);
    else yield { path: p };
  }
}
