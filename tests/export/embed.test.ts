import { buildEmbedSnippet } from '../../src/export';

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
    expect(iframe!.getAttribute('width')).toBe('100%');
  });

  it('escapes attribute values, so a title taken from article text cannot break out of the tag', () => {
    const title = `"><script>alert(1)</script><b title='x`;
    const html = buildEmbedSnippet({ src: 'https://example.org/embed.html?event=a&q="x"<y>#view', title, width: 600, height: 400 });
    const { iframe } = parse(html);
    expect(iframe).not.toBeNull(); // still exactly one iframe tag, nothing after it
    expect(iframe!.getAttribute('title')).toBe(title);
    // The browser reads back the same URL it would navigate to.
    expect(new URL(iframe!.getAttribute('src')!).searchParams.get('q')).toBe('"x"<y>');
  });

  it('falls back to a generic title rather than an unnamed frame', () => {
    expect(parse(buildEmbedSnippet({ src, title: '   ', width: 600, height: 400 })).iframe!.getAttribute('title')).toBe('News chronology');
  });

  it('refuses URLs that are not absolute http(s), and sizes that are not pixels or percentages', () => {
    expect(() => buildEmbedSnippet({ src: 'javascript:alert(1)', title: 't' })).toThrow(/http/);
    expect(() => buildEmbedSnippet({ src: 'embed.html?x=1', title: 't' })).toThrow(/absolute/);
    expect(() => buildEmbedSnippet({ src, title: 't', width: '600px" onload="x' })).toThrow(RangeError);
    expect(() => buildEmbedSnippet({ src, title: 't', height: 0 })).toThrow(RangeError);
    expect(() => buildEmbedSnippet({ src, title: 't', width: Number.NaN })).toThrow(RangeError);
  });
});
