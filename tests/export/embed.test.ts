import { buildEmbedSnippet, buildHostScript, makeHeightMessage } from '../../src/export';

/**
 * Read the snippet as an HTML tokenizer would. A double-quoted attribute value ends only at the next `"`,
 * so a snippet of exactly this shape, with no `"` inside a value, is one iframe whose attributes are what
 * the regular expression sees; character references are then decoded as the browser decodes them.
 * (jsdom cannot load under Node 20 in this project, hence no DOM parser here.)
 */
function parse(html: string) {
  const shape = /^<iframe((?: [a-z-]+="[^"<>]*")*)><\/iframe>$/;
  const m = shape.exec(html);
  if (!m) return { iframe: null };
  const decode = (v: string) =>
    v.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
  const attrs = new Map<string, string>();
  for (const [, k, v] of m[1]!.matchAll(/ ([a-z-]+)="([^"]*)"/g)) {
    if (attrs.has(k!)) throw new Error(`attribute ${k} twice`);
    attrs.set(k!, decode(v!));
  }
  return { iframe: { getAttribute: (k: string) => attrs.get(k) ?? null, names: [...attrs.keys()] } };
}

const src = 'https://example.org/chronology/embed.html?event=bridge-closes&from=2026-01-01&to=2026-02-28#view';

describe('the embed snippet', () => {
  it('is one iframe pointing at the embed view, with its state, sized as asked', () => {
    const { iframe } = parse(buildEmbedSnippet({ src, title: 'Chronology: the bridge', width: 600, height: 400 }));
    expect(iframe).not.toBeNull();
    expect(iframe!.getAttribute('src')).toBe(src);
    expect(iframe!.getAttribute('width')).toBe('600');
    expect(iframe!.getAttribute('height')).toBe('400');
  });

  it('has a title for screen readers, lazy loading, a cautious referrer policy and clipboard access for "copy link"', () => {
    const { iframe } = parse(buildEmbedSnippet({ src, title: 'Chronology: the bridge', width: '100%', height: 480 }));
    expect(iframe!.getAttribute('title')).toBe('Chronology: the bridge');
    expect(iframe!.getAttribute('loading')).toBe('lazy');
    expect(iframe!.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(iframe!.getAttribute('allow')).toBe('clipboard-write');
    // HTML's width attribute takes pixels only, so a percentage goes into the style.
    expect(iframe!.getAttribute('width')).toBeNull();
    expect(iframe!.getAttribute('style')).toBe('border:0;max-width:100%;width:100%');
    expect(iframe!.getAttribute('height')).toBe('480');
  });

  it('escapes attribute values, so a title taken from article text cannot break out of the tag', () => {
    const title = `"><script>alert(1)</script><b title='x`;
    const html = buildEmbedSnippet({
      src: 'https://example.org/embed.html?event=a&q="x"<y>#view',
      title,
      width: 600,
      height: 400,
    });
    const { iframe } = parse(html);
    expect(iframe).not.toBeNull(); // still exactly one iframe tag, nothing after it
    expect(iframe!.getAttribute('title')).toBe(title);
    // The browser reads back the same URL it would navigate to.
    expect(new URL(iframe!.getAttribute('src')!).searchParams.get('q')).toBe('"x"<y>');
  });

  it('falls back to a generic title rather than an unnamed frame', () => {
    expect(parse(buildEmbedSnippet({ src, title: '   ', width: 600, height: 400 })).iframe!.getAttribute('title')).toBe(
      'News chronology',
    );
  });

  it('refuses URLs that are not absolute http(s), and sizes that are not pixels or percentages', () => {
    expect(() => buildEmbedSnippet({ src: 'javascript:alert(1)', title: 't' })).toThrow(/http/);
    expect(() => buildEmbedSnippet({ src: 'embed.html?x=1', title: 't' })).toThrow(/absolute/);
    expect(() => buildEmbedSnippet({ src, title: 't', width: '600px" onload="x' })).toThrow(RangeError);
    expect(() => buildEmbedSnippet({ src, title: 't', height: 0 })).toThrow(RangeError);
    expect(() => buildEmbedSnippet({ src, title: 't', width: Number.NaN })).toThrow(RangeError);
  });
});

describe('the optional host script', () => {
  /** Run the script against a stand-in page with two iframes; returns a way to deliver messages. */
  function hostPage(script: string) {
    const body = /^<script>\n([\s\S]*)\n<\/script>$/.exec(script)![1]!;
    const ours = { contentWindow: {}, style: { height: '' } };
    const other = { contentWindow: {}, style: { height: '' } };
    let listener: ((e: { origin: string; source: unknown; data: unknown }) => void) | undefined;
    const addEventListener = (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    };
    const document = { getElementsByTagName: (t: string) => (t === 'iframe' ? [other, ours] : []) };
    new Function('addEventListener', 'document', body)(addEventListener, document);
    return {
      ours,
      other,
      deliver: (origin: string, source: unknown, data: unknown) => listener!({ origin, source, data }),
    };
  }

  it('sizes the iframe that sent a height message from the embed’s origin, and no other', () => {
    const page = hostPage(buildHostScript(src));
    page.deliver('https://example.org', page.ours.contentWindow, makeHeightMessage(612.2));
    expect(page.ours.style.height).toBe('613px');
    expect(page.other.style.height).toBe('');
  });

  it('ignores messages from other origins, of other shapes, or too tall', () => {
    const page = hostPage(buildHostScript(src));
    page.deliver('https://evil.example', page.ours.contentWindow, makeHeightMessage(900));
    page.deliver('https://example.org', page.ours.contentWindow, {
      type: 'news-chronology:height',
      version: 2,
      height: 900,
    });
    page.deliver('https://example.org', page.ours.contentWindow, {
      type: 'news-chronology:height',
      version: 1,
      height: '900',
    });
    page.deliver('https://example.org', page.ours.contentWindow, {
      type: 'news-chronology:height',
      version: 1,
      height: 1e7,
    });
    page.deliver('https://example.org', page.ours.contentWindow, null);
    expect(page.ours.style.height).toBe('');
  });

  it('refuses an embed URL without an http(s) origin', () => {
    expect(() => buildHostScript('file:///media/usb/embed.html')).toThrow(TypeError);
  });
});
