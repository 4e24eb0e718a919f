import { readFileSync, readdirSync } from 'node:fs';
import type { InputFile } from '../../src/pipeline/build';
import type { InlineTimeline as Timeline } from '../../src/contract';

/** The seed articles as the CLI would hand them to the build. */
export function seedFiles(): InputFile[] {
  return readdirSync('seeds')
    .sort()
    .map((f) => ({ path: `seeds/${f}`, bytes: new Uint8Array(readFileSync(`seeds/${f}`)) }));
}

/**
 * A digest of a timeline a person can review line by line: per article its publication date and what was
 * cut out, per mention its text, value, event and note, per event its date, title, sources and flags.
 */
export function digest(t: Timeline) {
  const short = (id: string) => id.slice(0, 3);
  return {
    articles: t.articles.map((a) => ({
      id: a.id,
      language: a.language,
      published: a.published,
      excluded: a.excluded.map((e) => `${e.reason}: ${a.text.slice(e.start, e.end).replace(/\s+/g, ' ').slice(0, 80)}`),
      warnings: a.warnings,
    })),
    events: t.events.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      flags: e.flags,
      sources: e.articleIds.map(short),
      evidence: e.mentionIds.map((id) => {
        const m = t.mentions.find((x) => x.id === id)!;
        return `${short(m.articleId)} "${m.text}" ${JSON.stringify(m.value)}${m.note ? ` (${m.note})` : ''}`;
      }),
    })),
    unplaced: t.mentions
      .filter((m) => m.eventId === null)
      .map((m) => `${short(m.articleId)} "${m.text}" ${m.kind}: ${m.note}`),
  };
}
