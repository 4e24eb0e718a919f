import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

/** Each drawn mark's event id and where its picture is (the transform of the mark's group). */
function drawn(): Map<string, string> {
  const out = new Map<string, string>();
  for (const hit of document.querySelectorAll('[data-testid="timeline-main"] [data-event-id][role="button"]'))
    out.set(hit.getAttribute('data-event-id')!, hit.parentElement!.getAttribute('transform') ?? '');
  return out;
}

describe('the main timeline', () => {
  it('gives the Tab stop to the earliest event drawn in the view', async () => {
    const { store } = renderApp({ search: '?from=2026-01-20&to=2026-01-30' });
    await screen.findByRole('button', { name: /Fontana/ });
    const stop = document.querySelector('[data-testid="timeline-main"] [role="button"][tabindex="0"]')!;
    const ids = drawn();
    const first = store.getState().index!.events.find((e) => ids.has(e.id))!;
    expect(stop.getAttribute('data-event-id')).toBe(first.id);
    expect(document.querySelectorAll('[data-testid="timeline-main"] [role="button"][tabindex="0"]')).toHaveLength(1);
  });

  it('selecting an event leaves every mark where it was', async () => {
    const { store } = renderApp({ search: '?from=2026-01-20&to=2026-01-30' });
    const fontana = await screen.findByRole('button', { name: /Fontana/ });
    const before = drawn();
    await userEvent.setup().click(fontana);
    expect(store.getState().selectedId).toBe(fontana.getAttribute('data-event-id'));
    expect(fontana).toHaveAttribute('aria-pressed', 'true');
    expect(drawn()).toEqual(before);
  });

  it('moves each mark with the view when it pans', async () => {
    const { store } = renderApp({ search: '?from=2026-01-20&to=2026-01-30' });
    await screen.findByRole('button', { name: /Fontana/ });
    const x = () => Number(/translate\(([-\d.e]+),/.exec(drawn().get('ev-fontana')!)![1]);
    const before = x();
    const [a, b] = store.getState().domain!;
    act(() => store.getState().setDomain([a + 86_400_000, b + 86_400_000]));
    // A view one day later shows the same event further left.
    expect(x()).toBeLessThan(before);
  });
});
