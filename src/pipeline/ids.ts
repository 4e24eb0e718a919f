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
