import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract';

// Regression floor on a fixed slice of the TempEval-3 training set (the first 40 documents), scored by
// TempEval-3's own measures. The floors sit a little under what the extractor reached when committed.
const TE3 = path.resolve(__dirname, '../../../../shared/te3');
const TRAIN = path.join(TE3, 'train.jsonl');
const SCORER = path.join(TE3, 'score.mjs');
const present = fs.existsSync(TRAIN) && fs.existsSync(SCORER);
const FLOOR = { valueF1: 0.81, strictF1: 0.87 };

describe.skipIf(!present)('TempEval-3 training slice (first 40 docs, all types)', () => {
  it('stays above the committed value F1 and strict F1 floors', async () => {
    const scorer = (await import(pathToFileURL(SCORER).href)) as {
      score: (
        g: unknown[],
        p: unknown[],
        o: { types: Set<string> },
      ) => { all: { value: { f1: number }; strict: { f1: number } } };
    };
    const gold = fs
      .readFileSync(TRAIN, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 40)
      .map((l) => JSON.parse(l) as { doc: string; dct: string; text: string });
    const preds = gold.map((d) => ({
      doc: d.doc,
      mentions: extractMentions(d.text, { language: 'en', reference: d.dct }).map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        value: m.timex.value,
        type: m.timex.type,
      })),
    }));
    const r = scorer.score(gold, preds, { types: new Set(['DATE', 'TIME', 'DURATION', 'SET']) });
    console.log(
      `te3 slice: value F1 ${(100 * r.all.value.f1).toFixed(1)}, strict F1 ${(100 * r.all.strict.f1).toFixed(1)}`,
    );
    expect(r.all.value.f1).toBeGreaterThanOrEqual(FLOOR.valueF1);
    expect(r.all.strict.f1).toBeGreaterThanOrEqual(FLOOR.strictF1);
  });
});

it.runIf(!present)('TempEval-3 slice skipped: ../shared/te3/train.jsonl or score.mjs is absent', () => {
  console.warn(`skipping the TempEval-3 floor: ${TE3} has no train.jsonl/score.mjs`);
});
