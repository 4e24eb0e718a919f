import * as z from 'zod/mini';
import { textShardSchema, timelineSchema } from './timeline';

/**
 * The contract as a JSON Schema (draft 2020-12) for readers outside this project: the index (`timeline.json`)
 * at the root, and a text shard (`texts/NNNN.json`) under `$defs.textShard`.
 */
export function timelineJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...shard } = z.toJSONSchema(textShardSchema, { target: 'draft-2020-12' });
  const index = z.toJSONSchema(timelineSchema, { target: 'draft-2020-12' });
  return {
    ...index,
    $id: 'timeline.schema.json',
    title: 'News chronology timeline',
    description:
      'A sourced timeline built from a folder of news articles: every article, every temporal expression found (placed or not, with character offsets into the article text), and the events they date. A large timeline keeps its article texts in shards beside it (an article names its `textShard`); each shard follows `$defs.textShard`.',
    $defs: {
      ...((index as { $defs?: Record<string, unknown> }).$defs ?? {}),
      textShard: {
        ...shard,
        title: 'Article texts of a timeline (a text shard)',
        description: 'Article id → full text, for the articles of the timeline whose `textShard` names this file.',
      },
    },
  };
}
