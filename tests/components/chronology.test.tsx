import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { renderApp } from './render-app';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

afterEach(() => vi.unstubAllGlobals());

/** A mark on the chart, found by its accessible name (date and title). */
const mark = async (name: RegExp) => within(await screen.findByTestId('timeline-main')).findByRole('button', { name });

describe('selecting an event', () => {
  it('shows its title, its date in words and the sentence of each source with the date highlighted', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(await mark(/^Saturday 24 January 2026: Alex Pretti shot dead/));
    // The first test of the file also waits for the panel's code to load (a lazy chunk).
    const panel = await screen.findByRole('region', { name: 'Alex Pretti shot dead' }, { timeout: 5000 });
    expect(within(panel).getByText('Saturday 24 January 2026')).toBeInTheDocument();
    expect(within(panel).getByText('The Independent')).toBeInTheDocument();
    const highlighted = panel.querySelector('mark');
    expect(highlighted).toHaveTextContent(/^on 24 January$/);
    expect(highlighted!.closest('blockquote')).toHaveTextContent('Alex Pretti was shot dead on 24 January.');
  });

  it('explains a conflict in plain words and keeps the disagreeing source', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(await mark(/Milan-Cortina Winter Olympics, 3 sources, sources disagree/));
    const panel = await screen.findByRole('region', { name: 'Milan-Cortina Winter Olympics' });
    expect(within(panel).getByText('6–22 February 2026')).toBeInTheDocument();
    expect(within(panel).getByText('Sources disagree about the date.')).toBeInTheDocument();
    expect(within(panel).getByText('This source says December 2026, not 6–22 February 2026.')).toBeInTheDocument();
    expect(within(panel).getAllByRole('button', { name: /Read in article/ })).toHaveLength(4);
    // The build step's note says the same thing in other words: it is not shown as well.
    expect(panel).not.toHaveTextContent('disagrees with the other sources');
  });

  it('opens a flagged event on who says which date, each linked to its card', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(await mark(/Milan-Cortina Winter Olympics, 3 sources, sources disagree/));
    const summary = await screen.findByTestId('who-says');
    expect(summary).toHaveTextContent('3 sources: 6–22 February 2026 · 1 source: December 2026');
    const december = within(summary).getByRole('link', { name: '1 source: December 2026' });
    const card = document.getElementById(december.getAttribute('href')!.slice(1))!;
    expect(card).toHaveTextContent('The US will send ICE agents to the upcoming Winter Olympics in December.');
    expect(within(card).getByText('Asia News')).toBeInTheDocument();
  });

  it('shows no date summary when the sources agree', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(await mark(/^Saturday 24 January 2026: Alex Pretti shot dead/));
    await screen.findByRole('region', { name: 'Alex Pretti shot dead' });
    expect(screen.queryByTestId('who-says')).toBeNull();
  });

  it('names each source by outlet, headline and date, says why the event ranks, and links to the original', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(await mark(/^Saturday 24 January 2026: Alex Pretti shot dead/));
    const panel = await screen.findByRole('region', { name: 'Alex Pretti shot dead' });
    expect(within(panel).getByText('ICE to help protect US delegation in Italy')).toBeInTheDocument();
    expect(within(panel).getByText(/27 January 2026/)).toBeInTheDocument();
    expect(within(panel).getByText(/^Why it ranks #\d+:/)).toBeInTheDocument();
    const link = within(panel).getByRole('link', { name: /Open original at The Independent/ });
    expect(link).toHaveAttribute('href', 'https://independent.example/article');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('never makes a javascript: or data: URL a link, and shows markup in a headline as text', async () => {
    const body = buildSmallTimeline();
    const independent = body.articles.find((a) => a.id === 'independent')!;
    independent.url = 'javascript:alert(1)';
    independent.headline = '<img src=x onerror=alert(1)>';
    body.articles.find((a) => a.id === 'guardian')!.url = 'data:text/html,<script>alert(1)</script>';
    const { store } = renderApp();
    await mark(/Alex Pretti shot dead/);
    // Loaded past the contract's check on purpose: the page must hold the line on its own.
    act(() => store.getState().setTimeline(body));
    act(() => store.getState().select('ev-pretti'));
    const panel = await screen.findByRole('region', { name: 'Alex Pretti shot dead' });
    expect(within(panel).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(panel.querySelector('img')).toBeNull();
    expect(within(panel).queryByRole('link', { name: /Open original/ })).toBeNull();
    act(() => store.getState().select('ev-fontana'));
    const guardian = await screen.findByRole('region', { name: /Fontana says/ });
    expect(within(guardian).queryByRole('link', { name: /Open original/ })).toBeNull();
    for (const a of document.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^(javascript|data):/i);
  });

  it('says the precision of an approximate date', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(await mark(/^early January 2026: DSS coordinator/));
    expect(await screen.findByText('early January 2026')).toBeInTheDocument();
  });
});

describe('the article reader', () => {
  it('opens the article at the highlighted sentence, with chrome muted and explained', async () => {
    renderApp({ search: '?event=ev-pretti' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Read in article/ }));
    const reader = await screen.findByRole('region', { name: /The Independent/ });
    const focus = [...reader.querySelectorAll('.in-focus')].map((e) => e.textContent).join('');
    expect(focus).toBe('Alex Pretti was shot dead on 24 January (event: Alex Pretti shot dead).');
    // Page chrome is one line that expands, and nothing inside it is marked as a date.
    const setAside = within(reader).getByText('Page clutter set aside: donation appeal').closest('details')!;
    expect(setAside).not.toHaveAttribute('open');
    expect(setAside).toHaveTextContent('Your support helps us to tell the story Read more Support Now');
    expect(setAside.querySelector('mark, a')).toBeNull();
    expect(within(reader).getByRole('link', { name: /on 24 January/ })).toBeInTheDocument();
    expect(reader).toHaveTextContent('Interior Minister Piantedosi said on Saturday');
  });

  it('heads the article with headline, outlet, date and where the date came from, and links to the original', async () => {
    renderApp({ search: '?read=guardian' });
    const reader = await screen.findByRole('region', { name: /ICE agents to have security role/ });
    expect(within(reader).getByText('The Guardian')).toBeInTheDocument();
    expect(
      within(reader).getByText(
        /Publication date estimated from the dates in the article and similar dated articles: 27 January 2026/,
      ),
    ).toBeInTheDocument();
    // The build step's working is there, but folded away.
    expect(within(reader).getByText('No date line; inferred from the corpus.').closest('details')).not.toHaveAttribute(
      'open',
    );
    const link = within(reader).getByRole('link', { name: /Open original/ });
    expect(link).toHaveAttribute('href', 'https://guardian.example/article');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says which date of the article a date was counted from', async () => {
    const body = buildSmallTimeline();
    const saturday = body.mentions.find((m) => m.text === 'on Saturday')!;
    saturday.anchor = body.mentions.find((m) => m.text === 'on 24 January')!.id;
    renderApp({ body, search: `?read=independent&at=${encodeURIComponent(saturday.id)}` });
    const reader = await screen.findByRole('region', { name: /The Independent/ });
    expect(
      within(reader).getByText(
        '“on Saturday” is counted from “on 24 January” (24 January 2026), earlier in the article.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing about an anchor when the date has none', async () => {
    const body = buildSmallTimeline();
    const saturday = body.mentions.find((m) => m.text === 'on Saturday')!;
    renderApp({ body, search: `?read=independent&at=${encodeURIComponent(saturday.id)}` });
    const reader = await screen.findByRole('region', { name: /The Independent/ });
    expect(within(reader).queryByText(/is counted from/)).toBeNull();
  });

  it('links every placed date mention back to its event', async () => {
    const { store } = renderApp({ search: '?event=ev-pretti&read=independent&at=independent%3A0-1' });
    const user = userEvent.setup();
    const reader = await screen.findByRole('region', { name: /The Independent/ });
    await user.click(within(reader).getByRole('link', { name: /on Saturday/ }));
    expect(store.getState().selectedId).toBe('ev-piantedosi');
    expect(await screen.findByRole('region', { name: 'Piantedosi says he has no confirmation' })).toBeInTheDocument();
  });

  it('shows mentions that are not on the timeline with the reason', async () => {
    renderApp({ search: '?read=guardian' });
    const reader = await screen.findByRole('region', { name: /The Guardian/ });
    expect(within(reader).getByText(/not on the timeline: discourse "now", not a date/)).toBeInTheDocument();
  });
});

describe('closing panels', () => {
  it('Esc closes the article first, back to the evidence, then the evidence', async () => {
    const { store } = renderApp({ search: '?event=ev-pretti&read=independent' });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: /The Independent/ });
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('region', { name: 'Alex Pretti shot dead' })).toBeInTheDocument();
    expect(store.getState().reader).toBeNull();
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Alex Pretti shot dead'));
    await user.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole('region', { name: 'Alex Pretti shot dead' })).toBeNull();
  });
});

describe('lanes', () => {
  it('gives each source its own lane, an event appearing in every lane that backs it', async () => {
    renderApp({ search: '?lanes=source' });
    await mark(/ICE OUT/);
    const main = screen.getByTestId('timeline-main');
    for (const name of ['NOS', 'The Guardian', 'The Independent', 'Asia News']) {
      expect(within(main).getByRole('group', { name: new RegExp(`^Lane: ${name}`) })).toBeInTheDocument();
    }
    const games = within(main).getAllByRole('button', { name: /Milan-Cortina Winter Olympics/ });
    expect(games).toHaveLength(3);
  });
});

describe('filters', () => {
  it('search narrows the list to matching titles and evidence', async () => {
    renderApp({ search: '?view=list' });
    const user = userEvent.setup();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'opening ceremony');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('button', { name: '"ICE OUT" rally in central Milan' })).toBeInTheDocument();
    // The summary line at the top follows the filters.
    expect(document.querySelector('.summary')).toHaveTextContent(/^1 of 9 events shown \(filtered\) from 4 articles/);
  });

  it('hiding a source takes its events off the chart and reports them as hidden', async () => {
    renderApp();
    const user = userEvent.setup();
    await mark(/ICE OUT/);
    await user.click(await screen.findByText(/^Sources: all 4$/));
    await user.click(screen.getByRole('checkbox', { name: /Asia News/ }));
    expect(screen.queryByRole('button', { name: /ICE OUT/ })).toBeNull();
    // The Games are also backed by other sources, so they stay.
    expect(await mark(/Milan-Cortina Winter Olympics/)).toBeInTheDocument();
    expect(screen.getByText(/1 of 9 events hidden by filters/)).toBeInTheDocument();
  });

  it('"flagged only" keeps only flagged events', async () => {
    renderApp({ search: '?view=list' });
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show' }), 'Sources disagree');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('button').textContent)).toEqual(['Milan-Cortina Winter Olympics']);
  });
});

describe('the list view', () => {
  it('lists all events in date order with the same selection as the chart', async () => {
    renderApp({ search: '?event=ev-fontana' });
    const user = userEvent.setup();
    await mark(/Fontana/);
    await user.click(screen.getByRole('button', { name: 'List' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) => (r as HTMLTableRowElement).cells[0]!.textContent),
      rows.map((r) => r.textContent).join('\n'),
    ).toEqual([
      '2024',
      'early January 2026',
      'January 2026',
      'Wednesday 7 January 2026',
      'Saturday 24 January 2026',
      'Saturday 24 January 2026',
      'Monday 26 January 2026',
      // Same first day: the shorter claim first (the contract's order), so the one-day rally before the Games.
      'Friday 6 February 2026',
      '6–22 February 2026',
    ]);
    const current = rows.find((r) => r.getAttribute('aria-current') === 'true')!;
    expect(current).toHaveTextContent(/Fontana says/);
  });
});

describe('keyboard', () => {
  it('moves between events with the arrow keys, opens evidence with Enter, closes it with Esc', async () => {
    const { store } = renderApp({ search: '?from=2026-01-20&to=2026-01-30' });
    const user = userEvent.setup();
    await mark(/Fontana/);
    const stop = document.querySelector<SVGGElement>('[data-testid="timeline-main"] [role="button"][tabindex="0"]')!;
    act(() => stop.focus());
    const startName = stop.getAttribute('aria-label')!;
    await user.keyboard('{ArrowRight}');
    const next = document.activeElement as Element;
    expect(next.getAttribute('role')).toBe('button');
    expect(next.getAttribute('aria-label')).not.toBe(startName);
    await user.keyboard('{Enter}');
    const id = store.getState().selectedId!;
    expect(next.getAttribute('data-event-id')).toBe(id);
    expect(
      await screen.findByRole('region', { name: store.getState().index!.eventById.get(id)!.title }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeNull();
  });

  it('pans to an event that the arrow keys reach outside the view', async () => {
    const { store } = renderApp({ search: '?from=2026-01-20&to=2026-01-30' });
    const user = userEvent.setup();
    await mark(/Fontana/);
    act(() => store.getState().setFocused('ev-fontana'));
    const m = await mark(/Fontana/);
    act(() => (m as unknown as SVGGElement).focus());
    await user.keyboard('{ArrowRight}');
    // Next in date order: the rally on 6 February (it sorts before the Games, which start that day but last longer).
    expect(store.getState().focusedId).toBe('ev-rally');
    const d = store.getState().domain!;
    expect(d[1]).toBeGreaterThan(Date.UTC(2026, 1, 7));
    expect(d[1] - d[0]).toBeCloseTo(10 * 86_400_000, -4);
  });

  it('zooms with + and −', async () => {
    const { store } = renderApp({ search: '?from=2026-01-10&to=2026-01-30' });
    const user = userEvent.setup();
    const m = await mark(/Fontana/);
    act(() => (m as unknown as SVGGElement).focus());
    await user.keyboard('+');
    const d = store.getState().domain!;
    expect(d[1] - d[0]).toBeCloseTo(10 * 86_400_000, -4);
    await user.keyboard('-');
    const e = store.getState().domain!;
    expect(e[1] - e[0]).toBeCloseTo(20 * 86_400_000, -4);
  });
});

describe('the URL', () => {
  it('restores the view from a deep link', async () => {
    const { store } = renderApp({ search: '?from=2026-01-20&to=2026-01-30&event=ev-games&lanes=source&hide=nos' });
    await screen.findByRole('region', { name: 'Milan-Cortina Winter Olympics' });
    const s = store.getState();
    expect(s.domain).toEqual([Date.UTC(2026, 0, 20), Date.UTC(2026, 0, 30)]);
    expect(s.laneMode).toBe('source');
    expect(s.hiddenSources).toEqual(['nos']);
    expect(screen.getByRole('button', { name: 'Lane per source' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.setup().click(screen.getByText(/^Sources: \d+ of \d+$/));
    expect(screen.getByRole('checkbox', { name: /NOS/ })).not.toBeChecked();
  });

  it('writes a selection to the URL as a new history entry, and back restores the previous one', async () => {
    renderApp({ search: '?event=ev-good' });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: /Renee Good/ });
    const before = window.history.length;
    await user.click(await mark(/^Saturday 24 January 2026: Alex Pretti/));
    expect(new URLSearchParams(window.location.search).get('event')).toBe('ev-pretti');
    expect(window.history.length).toBe(before + 1);
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('event')).toBe('ev-good'));
    await screen.findByRole('region', { name: /Renee Good/ });
  });

  it('replaces the entry when zooming instead of adding one', async () => {
    const { store } = renderApp({ search: '?from=2026-01-10&to=2026-01-30' });
    await mark(/Fontana/);
    const before = window.history.length;
    act(() => store.getState().zoomBy(2));
    // Written once the view rests (pan and zoom would otherwise call the history API every frame).
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).toBe('2026-01-15'));
    expect(window.history.length).toBe(before);
  });
});

describe('a timeline without events', () => {
  it('draws an empty chart and says why', async () => {
    const t = buildSmallTimeline();
    const empty = {
      ...t,
      events: [],
      mentions: t.mentions.map((m) => ({ ...m, eventId: null, note: m.note ?? 'not placed' })),
    };
    renderApp({ body: empty });
    expect(await screen.findByText(/This timeline has no events/)).toBeInTheDocument();
    expect(screen.getByTestId('timeline-main')).toBeInTheDocument();
  });

  it('says when the filters hide every event', async () => {
    renderApp({ search: '?q=nothing-matches-this' });
    expect(await screen.findByText('No events match the filters.')).toBeInTheDocument();
  });
});

describe('a timeline that cannot be shown', () => {
  it('says in reader words that there is nothing to show, and keeps the command out of the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp({ body: 'not found', status: 404 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This chronology has not been built yet.');
    expect(alert).toHaveTextContent('its data file is missing');
    expect(alert).not.toHaveTextContent('npm run');
    // Whoever runs the site finds the command in the console.
    expect(warn.mock.calls.flat().join(' ')).toContain('npm run timeline');
    expect(within(alert).getByText('Technical details').closest('details')).not.toHaveAttribute('open');
    warn.mockRestore();
  });

  it('says so when the data is damaged', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp({ body: '{ "schemaVersion": 1, ' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chronology’s data is damaged.');
    expect(alert).toHaveTextContent('timeline.json is not valid JSON');
  });

  it('says so when it breaks the contract, with the first problems under the technical details', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp({
      body: { schemaVersion: 3, corpus: 'x', articles: [], mentions: [], events: [{ id: 'e' }], skipped: [] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chronology’s data is not in the form this page reads.');
    expect(
      within(alert)
        .getAllByText(/events\.0\./)[0]!
        .closest('details'),
    ).toBeInTheDocument();
  });

  it('says so when it was written for another version', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp({ body: { schemaVersion: 1 } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This chronology was built for another version of this page.',
    );
  });
});
