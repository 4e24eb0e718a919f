/**
 * Plain-text files: the bytes decoded as UTF-8 (`read.ts`), the seeds' metadata line (` date 2026-01-27`)
 * excluded from the news and read as the publication date, and a date in the file's path
 * (`2010-04-23/1623.txt`, `…/2019/01/03/slug.txt`) when the text has no metadata line.
 */
import { decodeArticle } from '../read';
import { readMetadataLine, readPathDate } from '../reference';
import { readFrontMatter } from './front-matter';
import { bareArticle, type IngestedArticle, type InputFile, type PublishedHint } from './types';
import { hostOutlet, normaliseUrl, plainName, primaryLanguage, readDateValue } from './values';

export type TextRead = { ok: true; article: IngestedArticle } | { ok: false; reason: string };

/**
 * One text file as an article. `idSource` is its path inside the corpus: the path date is read from it,
 * so the name of the corpus folder itself never dates every article.
 */
export function readTextFile(file: InputFile, idSource: string, maxBytes: number): TextRead {
  const decoded = decodeArticle(file.bytes, maxBytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  const article = bareArticle(file.path, idSource, 'text', text);
  const header = readFrontMatter(text);
  if (header) readHeader(article, header);
  const meta = header ? null : readMetadataLine(text);
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

/** A front-matter header's values into the article, the header itself excluded from the news. */
function readHeader(article: IngestedArticle, header: NonNullable<ReturnType<typeof readFrontMatter>>): void {
  const v = header.values;
  article.excluded.push({ ...header.span, reason: 'front-matter header' });
  article.headline = plainName(v.headline);
  article.url = normaliseUrl(v.url);
  if (v.url && !article.url) article.warnings.push(`the header's url "${v.url.slice(0, 80)}" is not an http(s) link`);
  article.outlet = plainName(v.outlet) ?? hostOutlet(article.url);
  article.byline = plainName(v.byline);
  article.language = primaryLanguage(v.language);
  article.modified = readDateValue(v.modified)?.dateTime ?? null;
  if (v.published) {
    const d = readDateValue(v.published);
    if (d) article.published = { date: d.day, basis: 'front-matter', evidence: header.spans.published! };
    else article.warnings.push(`the header's date "${v.published.slice(0, 40)}" is not a date; it was not used`);
  }
}
