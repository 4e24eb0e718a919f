/**
 * Plain-text files: the bytes decoded as UTF-8 (`read.ts`), the seeds' metadata line (` date 2026-01-27`)
 * excluded from the news and read as the publication date, and a date in the file's path
 * (`2010-04-23/1623.txt`, `…/2019/01/03/slug.txt`) when the text has no metadata line.
 */
import { decodeArticle } from '../read';
import { readMetadataLine, readPathDate } from '../reference';
import type { IngestedArticle, InputFile, PublishedHint } from './types';

export type TextRead = { ok: true; article: IngestedArticle } | { ok: false; reason: string };

/**
 * One text file as an article. `idSource` is its path inside the corpus: the path date is read from it,
 * so the name of the corpus folder itself never dates every article.
 */
export function readTextFile(file: InputFile, idSource: string, maxBytes: number): TextRead {
  const decoded = decodeArticle(file.bytes, maxBytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  const article: IngestedArticle = {
    file: file.path,
    idSource,
    format: 'text',
    text,
    headline: null,
    outlet: null,
    url: null,
    byline: null,
    language: null,
    published: null,
    modified: null,
    excluded: [],
    warnings: [],
  };
  const meta = readMetadataLine(text);
  if (meta) {
    article.excluded.push({ ...meta.span, reason: 'metadata line' });
    if (meta.problem) article.warnings.push(meta.problem);
    else article.published = { date: meta.date!, basis: 'metadata', evidence: meta.valueSpan };
  }
  const fromPath = readPathDate(idSource);
  if (fromPath) {
    const hint: PublishedHint = {
      date: fromPath.date,
      basis: 'path',
      note: `Read from the file's path (${fromPath.written}).`,
    };
    if (!article.published) article.published = hint;
    else if (article.published.date !== hint.date)
      article.warnings.push(
        `the file's path says ${hint.date} but the metadata line says ${article.published.date}; the metadata line is used`,
      );
  }
  return { ok: true, article };
}
