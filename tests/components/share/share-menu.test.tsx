import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareMenu } from '../../../src/components/share/share-menu';
import { fromQuery, urlStateOf } from '../../../src/store/url';
import { announced, renderWith } from './render';

afterEach(() => vi.restoreAllMocks());

const JAN = [Date.UTC(2026, 0, 5), Date.UTC(2026, 1, 9)] as [number, number];

async function openMenu() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Share and export' }));
  // The panel's code loads on first use.
  await screen.findByRole('button', { name: 'Copy link' });
  return user;
}

describe('share menu', () => {
  it('is closed until its button is pressed, which says so with aria-expanded', async () => {
    renderWith(<ShareMenu />);
    const toggle = screen.getByRole('button', { name: 'Share and export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  it('"Copy link" copies a link whose query string restores the view, and announces it', async () => {
    const { store } = renderWith(<ShareMenu />, {
      domain: JAN,
      hiddenSources: ['nos'],
      query: 'ICE',
      flag: 'inferred-date',
      laneMode: 'source',
    });
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const text = await navigator.clipboard.readText();
    const url = new URL(text);
    expect(url.origin).toBe(window.location.origin);
    expect(url.pathname).toBe(window.location.pathname);
    expect(fromQuery(url.search)).toEqual(urlStateOf(store.getState()));
    expect(fromQuery(url.search).hiddenSources).toEqual(['nos']);
    await waitFor(() => expect(announced()).toBe('Link copied'));
  });

  it('"Copy link to this event" is unavailable until an event is selected, then links to it', async () => {
    const { store } = renderWith(<ShareMenu />);
    const user = await openMenu();
    expect(screen.getByRole('button', { name: 'Copy link to this event' })).toBeDisabled();
    act(() => store.getState().select('ev-pretti'));
    const button = screen.getByRole('button', { name: 'Copy link to this event' });
    expect(button).toBeEnabled();
    await user.click(button);
    const url = new URL(await navigator.clipboard.readText());
    expect(url.searchParams.get('event')).toBe('ev-pretti');
    await waitFor(() => expect(announced()).toBe('Link to the event copied'));
  });

  it('shows the link selected in a read-only field when the clipboard is refused (as in an iframe)', async () => {
    const { store } = renderWith(<ShareMenu />, { selectedId: 'ev-good', domain: JAN });
    const user = await openMenu();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link' });
    expect(field).toHaveAttribute('readonly');
    expect(fromQuery(new URL((field as HTMLInputElement).value).search)).toEqual(urlStateOf(store.getState()));
    expect(field).toHaveFocus();
    const f = field as HTMLInputElement;
    expect([f.selectionStart, f.selectionEnd]).toEqual([0, f.value.length]);
    await waitFor(() => expect(announced()).toMatch(/press Ctrl\+C/));
  });

  it('Esc closes the menu and gives focus back to its button without closing the evidence', async () => {
    const { store } = renderWith(<ShareMenu />, { selectedId: 'ev-good' });
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await user.keyboard('{Escape}');
    const toggle = screen.getByRole('button', { name: 'Share and export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(store.getState().selectedId).toBe('ev-good');
  });
});
