import { validateTimeline } from '../../src/contract';
import { fixture } from './fixture';

describe('the export tests’ hand-made timeline', () => {
  it('is a valid timeline, so the exports are tested on what the app really loads', () => {
    const r = validateTimeline(fixture());
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});
