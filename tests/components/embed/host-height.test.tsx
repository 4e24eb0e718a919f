import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { isChronologyMessage } from '../../../src/export/messages';
import { hostOrigin, isFramed, useHostHeight } from '../../../src/hooks/use-host-height';

/** A stand-in window inside a frame: its parent records what is posted to it. */
function framedWindow(referrer = 'https://lms.example.edu/course/7') {
  const posted: { data: unknown; origin: string }[] = [];
  const win = {
    parent: { postMessage: (data: unknown, origin: string) => posted.push({ data, origin }) },
    document: { referrer, location: {} },
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0) as unknown as number,
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  } as unknown as Window;
  return { win, posted };
}

function Probe({ height, win, k = 0 }: { height: () => number; win: Window; k?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useHostHeight(height, [ref], k, win);
  return <div ref={ref} />;
}

describe('height messages to the host page', () => {
  it('posts the documented message with the content height, addressed to the host origin', () => {
    const { win, posted } = framedWindow();
    render(<Probe height={() => 512.3} win={win} />);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.data).toEqual({ type: 'news-chronology:height', version: 1, height: 513 });
    expect(isChronologyMessage(posted[0]!.data)).toBe(true);
    expect(posted[0]!.origin).toBe('https://lms.example.edu');
  });

  it('does not repeat a height the host already has', () => {
    const { win, posted } = framedWindow();
    const { rerender } = render(<Probe height={() => 400} win={win} k={1} />);
    rerender(<Probe height={() => 400} win={win} k={2} />);
    expect(posted).toHaveLength(1);
    rerender(<Probe height={() => 450} win={win} k={3} />);
    expect(posted.map((p) => (p.data as { height: number }).height)).toEqual([400, 450]);
  });

  it('says nothing while hidden (height 0)', () => {
    const { win, posted } = framedWindow();
    render(<Probe height={() => 0} win={win} />);
    expect(posted).toEqual([]);
  });

  it('posts nothing outside a frame', () => {
    const spy = vi.spyOn(window, 'postMessage');
    expect(isFramed(window)).toBe(false);
    render(<Probe height={() => 300} win={window} />);
    expect(spy).not.toHaveBeenCalled();
  });

  it('addresses any origin only when the browser does not tell which is the host', () => {
    expect(hostOrigin({ referrer: '', location: {} } as unknown as Document)).toBe('*');
    expect(hostOrigin({ referrer: 'http://127.0.0.1:4000/host.html', location: {} } as unknown as Document)).toBe(
      'http://127.0.0.1:4000',
    );
  });
});
