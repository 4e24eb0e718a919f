/**
 * Writes `public/timeline.schema.json` from the contract (`npm run schema`). The JSON Schema is generated,
 * never edited by hand; a test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { timelineJsonSchema } from '../../contract/json-schema';

const out = process.argv[2] ?? 'public/timeline.schema.json';
writeFileSync(out, JSON.stringify(timelineJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
