import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShareMenu } from '../../../src/components/share/share-menu';
import { fromQuery, toQuery, urlStateOf } from '../../../src/store/url';
import { renderWith } from './render';

const RANGE = [Date.UTC(2026, 0, 10), Date.UTC(2026, 1, 1)] as [number, number];

async function openDialog(state = {}) {
  const rendered = renderWith(<ShareMenu />, state);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Share and export' }));
  await user.click(await screen.findByRole('button', { name: 'Embed…' }));
  const dialog = screen.getByRole('dialog', { name: 'Embed this view' });
  return { ...rendered, user, dialog };
}

/** The iframe the snippet describes, parsed as HTML the way a course page would. */
function iframeOf(snippet: string): HTMLIFrameElement {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const frames = doc.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  return frames[0]!;
}

describe('Embed dialog', () => {
  it('is a modal dialog that takes focus', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toHaveFocus();
  });

  it('builds an iframe of embed.html with the current view in its query and a title', async () => {
    const { store, dialog } = await openDialog({
      domain: RANGE,
      selectedId: 'ev-pretti',
      hiddenSources: ['asianews'],
      query: 'shot',
      flag: 'any',
    });
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code).toHaveAttribute('readonly');
    const frame = iframeOf(code.value);
    const src = new URL(frame.getAttribute('src')!);
    expect(src.href.startsWith(new URL('embed.html', window.location.href).href)).toBe(true);
    expect(fromQuery(src.search)).toEqual(urlStateOf(store.getState()));
    expect(src.searchParams.get('event')).toBe('ev-pretti');
    expect(src.searchParams.get('hide')).toBe('asianews');
    expect(src.searchParams.get('q')).toBe('shot');
    expect(frame.getAttribute('title')).toBe('News chronology: Alex Pretti shot dead');
  });

  it('puts the chosen size and title into the snippet', async () => {
    const { dialog, user } = await openDialog();
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(iframeOf(code.value).style.width).toBe('100%');
    await user.click(within(dialog).getByRole('radio', { name: '600 × 400 pixels' }));
    let frame = iframeOf(code.value);
    expect([frame.getAttribute('width'), frame.getAttribute('height')]).toEqual(['600', '400']);
    const title = within(dialog).getByRole('textbox', { name: /Frame title/ });
    await user.clear(title);
    await user.type(title, 'Unit 1 <chronology> & "ICE"');
    frame = iframeOf(code.value);
    expect(frame.getAttribute('title')).toBe('Unit 1 <chronology> & "ICE"');
    expect(frame.getAttribute('width')).toBe('600');
  });

  it('copies the snippet', async () => {
    const { user, dialog } = await openDialog({ domain: RANGE });
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe((within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value);
    const src = new URL(iframeOf(copied).src);
    // The view, and the title for the frame to show in its bar.
    src.searchParams.delete('title');
    expect(src.search.slice(1)).toBe(toQuery({ ...urlStateOf({ ...fromQuery(''), domain: RANGE }) }));
    expect(new URL(iframeOf(copied).src).searchParams.get('title')).toBe('News chronology');
  });

  it('puts the title in the frame only while "Show the title" is ticked', async () => {
    const { user, dialog } = await openDialog();
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    const title = within(dialog).getByRole('textbox', { name: /Frame title/ });
    await user.clear(title);
    await user.type(title, 'Unit 1 & "ICE"');
    expect(new URL(iframeOf(code.value).src).searchParams.get('title')).toBe('Unit 1 & "ICE"');
    await user.click(within(dialog).getByRole('checkbox', { name: /Show the title/ }));
    expect(new URL(iframeOf(code.value).src).searchParams.has('title')).toBe(false);
    // Screen readers still get it from the frame's own title attribute.
    expect(iframeOf(code.value).getAttribute('title')).toBe('Unit 1 & "ICE"');
  });

  it('keeps Tab inside the dialog', async () => {
    const { user, dialog } = await openDialog();
    for (let i = 0; i < 12; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await user.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('closes with Esc, gives focus back to "Embed…", and leaves the selection alone', async () => {
    const { user, store } = await openDialog({ selectedId: 'ev-good' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed…' })).toHaveFocus();
    expect(store.getState().selectedId).toBe('ev-good');
  });

  it('closes with its Close button', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
