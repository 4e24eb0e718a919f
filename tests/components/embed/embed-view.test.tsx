import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChronologyProvider } from '../../../src/components/chronology';
import { EmbedView } from '../../../src/components/embed/embed-view';
import { fromQuery, urlStateOf } from '../../../src/store/url';
import { storeWithTimeline } from '../share/render';

function renderEmbed(state = {}) {
  const store = storeWithTimeline(state);
  render(
    <ChronologyProvider store={store}>
      <EmbedView />
    </ChronologyProvider>,
  );
  return store;
}

const RANGE = [Date.UTC(2026, 0, 3), Date.UTC(2026, 1, 10)] as [number, number];

describe('embed view', () => {
  it('shows the title the course page gave it in the URL, as text', () => {
    window.history.replaceState(null, '', '/embed.html?title=Unit%201%3A%20%3Cb%3EICE%3C%2Fb%3E');
    renderEmbed({ domain: RANGE });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Unit 1: <b>ICE</b>');
    window.history.replaceState(null, '', '/');
  });

  it('says "News chronology" when the URL gives no title', () => {
    window.history.replaceState(null, '', '/embed.html');
    renderEmbed({ domain: RANGE });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^News chronology$/);
    window.history.replaceState(null, '', '/');
  });

  it('offers a way back to the timeline from the evidence and from the article', async () => {
    const store = renderEmbed({ domain: RANGE, selectedId: 'ev-pretti' });
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: /Back to the timeline/ })).toBeInTheDocument();
    act(() => store.getState().openReader({ articleId: 'independent', mentionId: null }));
    await user.click(screen.getByRole('button', { name: /Back to the timeline/ }));
    expect(store.getState().reader).toBeNull();
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole('button', { name: /Back to the timeline/ })).toBeNull();
  });

  it('has the timeline and zoom buttons but none of the full page chrome', () => {
    renderEmbed({ domain: RANGE });
    expect(screen.getByTestId('timeline-main')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeInTheDocument();
    expect(screen.queryByRole('search', { name: 'Filter events' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share and export' })).toBeNull();
  });

  it('links to the full view with the same state, in a new tab without opener', async () => {
    const store = renderEmbed({ domain: RANGE, hiddenSources: ['nos'] });
    const link = screen.getByRole('link', { name: /Open full view/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    const href = link.getAttribute('href')!;
    expect(href.startsWith('index.html?')).toBe(true); // relative: works under any sub-path
    expect(fromQuery(href.slice('index.html'.length))).toEqual(urlStateOf(store.getState()));
    act(() => store.getState().select('ev-good'));
    expect(
      new URL(screen.getByRole('link', { name: /Open full view/ }).getAttribute('href')!, 'http://x/').searchParams.get(
        'event',
      ),
    ).toBe('ev-good');
  });

  it('shows the compact evidence of a selected event, a link to it, and the reader from it', async () => {
    const store = renderEmbed({ domain: RANGE });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Alex Pretti shot dead/ }));
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Alex Pretti shot dead' })).toBeInTheDocument();
    expect(within(details).getByText('on 24 January')).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Copy link to this event' }));
    const url = new URL(await navigator.clipboard.readText());
    expect(url.pathname.endsWith('/index.html')).toBe(true);
    expect(url.searchParams.get('event')).toBe('ev-pretti');
    await user.click(within(details).getByRole('button', { name: /Read in article/ }));
    expect(store.getState().reader).toEqual({ articleId: 'independent', mentionId: expect.any(String) });
    expect(within(details).getByRole('heading', { name: /The Independent/ })).toBeInTheDocument();
  });

  it('"Copy link" in the embed points to the full view, not to the embed', async () => {
    const store = renderEmbed({ domain: RANGE, flag: 'any' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Copy link' }));
    const url = new URL(await navigator.clipboard.readText());
    expect(url.pathname.endsWith('/index.html')).toBe(true);
    expect(fromQuery(url.search)).toEqual(urlStateOf(store.getState()));
  });

  it('shows the list of events instead of the chart when the link asks for the list view', () => {
    renderEmbed({ domain: RANGE, listView: true });
    expect(screen.queryByTestId('timeline-main')).toBeNull();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getAllByRole('row').length).toBeGreaterThan(9);
  });
});
