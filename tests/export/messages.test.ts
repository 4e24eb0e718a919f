import { HEIGHT_MESSAGE_TYPE, isChronologyMessage, makeHeightMessage, MAX_MESSAGE_HEIGHT } from '../../src/export';

describe('the embed’s height message', () => {
  it('has the documented shape and survives postMessage’s structured clone', () => {
    const m = makeHeightMessage(412.3);
    expect(m).toEqual({ type: 'news-chronology:height', version: 1, height: 413 }); // rounded up: nothing cut off
    expect(isChronologyMessage(structuredClone(m))).toBe(true);
  });

  it('is clamped to the maximum a host accepts, and refuses heights that are not sizes', () => {
    expect(makeHeightMessage(1e9).height).toBe(MAX_MESSAGE_HEIGHT);
    expect(makeHeightMessage(0).height).toBe(0);
    for (const bad of [-1, Number.NaN, Infinity]) expect(() => makeHeightMessage(bad)).toThrow(RangeError);
  });

  it('is told apart from every other message a host page receives', () => {
    const ok = { type: HEIGHT_MESSAGE_TYPE, version: 1, height: 300 };
    const others: unknown[] = [
      null,
      undefined,
      'news-chronology:height',
      300,
      [ok],
      { ...ok, version: 2 },
      { ...ok, type: 'other:height' },
      { ...ok, height: '300' },
      { ...ok, height: 300.5 },
      { ...ok, height: -1 },
      { ...ok, height: MAX_MESSAGE_HEIGHT + 1 },
      { ...ok, height: Number.NaN },
      { ...ok, extra: true },
      { type: HEIGHT_MESSAGE_TYPE, height: 300 },
      Object.assign(new (class Message {})(), ok),
    ];
    for (const data of others) expect(isChronologyMessage(data)).toBe(false);
    expect(isChronologyMessage(ok)).toBe(true);
    expect(isChronologyMessage(Object.assign(Object.create(null), ok))).toBe(true);
  });
});
