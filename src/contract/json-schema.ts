import * as z from 'zod/mini';
import { timelineSchema } from './timeline';

/** The contract as a JSON Schema (draft 2020-12) for readers outside this project. */
export function timelineJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(timelineSchema, { target: 'draft-2020-12' }),
    $id: 'timeline.schema.json',
    title: 'News chronology timeline',
    description:
      'A sourced timeline built from a folder of news articles: every article, every temporal expression found (placed or not, with character offsets into the article text), and the events they date.',
  };
}
