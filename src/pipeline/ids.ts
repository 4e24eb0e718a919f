/**
 * Stable ids. An article's id comes from its file path only; a mention's from its article and offsets;
 * an event's from its anchor mention. None depends on the rest of the corpus, so adding an unrelated
 * article changes no existing id.
 */

/** Article id from a path inside the corpus folder: the path without extension, in safe characters. */
export function articleIdFromPath(relativePath: string): string {
  const noExt = relativePath
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .replace(/\.[^./]+$/, '');
  const id = noExt.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'article';
}

export function mentionId(articleId: string, start: number, end: number): string {
  return `${articleId}@${start}-${end}`;
}

export function eventIdFromAnchor(anchorMentionId: string): string {
  return `ev:${anchorMentionId}`;
}

/** A file's path inside the corpus folder (the path itself when it is not inside it). */
export function pathInCorpus(path: string, corpus: string): string {
  const c = corpus.replace(/\/+$/, '');
  return c && path.startsWith(c + '/') ? path.slice(c.length + 1) : path;
}

/**
 * Article ids for a corpus, one per id source, in order: the id from the path, or, when two paths give the
 * same id (`a.b.txt` and `a-b.txt`), one with its dots kept as dashes, then a counter (`a-b-2`).
 */
export function uniqueArticleIds(idSources: readonly string[]): string[] {
  const taken = new Set<string>();
  return idSources.map((source) => {
    const base = articleIdFromPath(source);
    let id = base;
    if (taken.has(id)) id = articleIdFromPath(source.replace(/\./g, '-'));
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    return id;
  });
}
