import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { reasonsInWords } from '../../src/components/article-reader';
import { shardTimeline } from '../../src/pipeline/stages/shards';
import { createChronologyStore } from '../../src/store/store';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

describe('the one line that names page clutter set aside', () => {
  it('names each kind once, by the head of its reason, with a count when it repeats', () => {
    expect(
      reasonsInWords([
        { reason: 'page timestamp, rejected: the article contradicts it' },
        { reason: 'related-stories sidebar: headlines of other stories, not this article' },
        { reason: 'photo caption' },
        { reason: 'photo caption (credit)' },
      ]),
    ).toBe('page timestamp, related-stories sidebar, 2 × photo caption');
  });

  it('keeps a reason that has no head as it is', () => {
    expect(reasonsInWords([{ reason: ': odd' }])).toBe(': odd');
  });
});

describe('the reader of a timeline whose texts are in shards', () => {
  const full = buildSmallTimeline();
  const { index, shards } = shardTimeline(full, { inlineBelowBytes: 0, shardTargetBytes: 2_000 });
  const mention = full.mentions.find((m) => m.eventId !== null && m.articleId === 'independent')!;
  const article = full.articles.find((a) => a.id === mention.articleId)!;
  const shardPath = index.articles.find((a) => a.id === article.id)!.textShard!;
  const sentence = article.text.slice(mention.sentence.start, mention.sentence.end).replace(/\s+/g, ' ').trim();

  /** A fetch that serves the index, and the shards through `shard` (a test decides what each answers). */
  function serveSharded(shard: (path: string) => Promise<Response>) {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('timeline.json')) return new Response(JSON.stringify(index));
      const path = shards.find((s) => url.endsWith(s.path))?.path;
      return path ? shard(path) : new Response('', { status: 404 });
    });
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }
  const json = (path: string) => new Response(shards.find((s) => s.path === path)!.json);
  const open = () => {
    window.history.replaceState(null, '', `/?read=${article.id}&at=${encodeURIComponent(mention.id)}`);
    render(createElement(App, { store: createChronologyStore() }));
  };
  const readerRegion = () => screen.findByRole('region', { name: new RegExp(article.outlet) });

  afterEach(() => vi.unstubAllGlobals());

  it('shows the header at once and says the text is loading until its shard arrives', async () => {
    let answer: ((r: Response) => void) | null = null;
    serveSharded(() => new Promise((resolve) => (answer = resolve)));
    open();
    const reader = await readerRegion();
    expect(within(reader).getByRole('status')).toHaveTextContent('Loading the article’s text…');
    // The shard is asked for once the fetching code's own chunk has loaded: answer it then.
    await waitFor(() => expect(answer).not.toBeNull());
    answer!(json(shardPath));
    await waitFor(() => expect(within(reader).queryByText('Loading the article’s text…')).toBeNull());
  });

  it('opens a deep-linked article from its shard with the dating sentence highlighted', async () => {
    const fetchMock = serveSharded(async (path) => json(path));
    open();
    const reader = await readerRegion();
    await waitFor(() => expect(reader.querySelector('.in-focus')).not.toBeNull());
    const focused = [...reader.querySelectorAll('.in-focus')]
      .map((e) => e.firstChild?.textContent ?? e.textContent)
      .join('');
    expect(focused.replace(/\s+/g, ' ').trim()).toBe(sentence);
    expect(within(reader).getByText('End of the article.')).toBeInTheDocument();
    // Only the article's own shard was fetched, besides the index.
    expect(fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.includes('texts/'))).toHaveLength(1);
  });

  it('says the text could not be loaded and names the shard when it is missing', async () => {
    serveSharded(async () => new Response('', { status: 404 }));
    open();
    const reader = await readerRegion();
    const alert = await within(reader).findByRole('alert');
    expect(alert).toHaveTextContent('The article’s text could not be loaded.');
    expect(alert).toHaveTextContent(`${shardPath} answered HTTP 404`);
  });

  it('fetches the shard again on "Try again" and then shows the text', async () => {
    let fail = true;
    const fetchMock = serveSharded(async (path) => (fail ? new Response('', { status: 503 }) : json(path)));
    open();
    const reader = await readerRegion();
    const alert = await within(reader).findByRole('alert');
    expect(alert).toHaveTextContent(`${shardPath} answered HTTP 503`);
    fail = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(reader).getByText('End of the article.')).toBeInTheDocument());
    expect(within(reader).queryByRole('alert')).toBeNull();
    expect(fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.endsWith(shardPath))).toHaveLength(2);
  });

  it('starts fetching the text when the pointer reaches "Read in article", before the click', async () => {
    const fetchMock = serveSharded(async (path) => json(path));
    window.history.replaceState(null, '', `/?event=${encodeURIComponent(mention.eventId!)}`);
    render(createElement(App, { store: createChronologyStore() }));
    const read = await screen.findByRole(
      'button',
      { name: new RegExp(`^Read in article\\W+${article.outlet}$`) },
      { timeout: 5000 },
    );
    const shardCalls = () => fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.endsWith(shardPath));
    expect(shardCalls()).toHaveLength(0);
    await userEvent.setup().hover(read);
    await waitFor(() => expect(shardCalls()).toHaveLength(1));
  });

  it('refuses a shard whose text does not match the index, naming it', async () => {
    serveSharded(async (path) => {
      const data = JSON.parse(shards.find((s) => s.path === path)!.json);
      data.texts[article.id] += ' (edited)';
      return new Response(JSON.stringify(data));
    });
    open();
    const alert = await within(await readerRegion()).findByRole('alert');
    expect(alert).toHaveTextContent(
      new RegExp(`${shardPath}: the text of article ${article.id} is \\d+ characters long`),
    );
  });
});
