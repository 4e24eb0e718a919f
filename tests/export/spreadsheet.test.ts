/**
 * Opening the CSV in a real spreadsheet: LibreOffice Calc, headless, converts it to flat ODS and the test
 * reads the cells back. Runs where `soffice` is installed (Debian: libreoffice-calc-nogui), skipped elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventsToCsv } from '../../src/export';
import { allIds, fixture } from './fixture';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);

/** Rows of the first sheet: each cell's text (paragraphs joined by a line break) and whether it is a formula. */
function readFods(xml: string): { text: string; formula: boolean }[][] {
  const body = xml.slice(xml.indexOf('<office:body>'));
  return [...body.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) => {
    const cells: { text: string; formula: boolean }[] = [];
    for (const [, attrs, inner] of row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
      const paragraphs = [...(inner ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map(([, p]) =>
        unescapeXml(p!.replace(/<[^>]+>/g, '')),
      );
      for (let i = 0; i < Math.min(repeat, 20); i++)
        cells.push({ text: paragraphs.join('\n'), formula: /table:formula=/.test(attrs!) });
    }
    return cells;
  });
}

describe.skipIf(!hasSoffice)('the CSV opened in LibreOffice Calc', () => {
  it('shows Dutch and French text, multi-line evidence cells and untrusted titles as written, running no formula', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-calc-'));
    try {
      writeFileSync(join(dir, 'export.csv'), eventsToCsv(fixture(), allIds));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          // Comma separated, double-quoted, UTF-8 (76), from line 1: the choices of Calc's import dialog.
          '--infilter=CSV:44,34,76,1',
          '--convert-to',
          'fods',
          '--outdir',
          dir,
          join(dir, 'export.csv'),
        ],
        { stdio: 'ignore', timeout: 60_000 },
      );
      const rows = readFods(readFileSync(join(dir, 'export.fods'), 'utf8'));
      expect(rows[0]!.slice(0, 3).map((c) => c.text)).toEqual(['id', 'date_start', 'date_end']); // no stray BOM
      const byId = new Map(rows.map((r) => [r[0]!.text, r]));
      expect(byId.get('inspection')![6]!.text).toBe('Brug geïnspecteerd');
      const evidence = byId.get('bridge-closes')![10]!.text.split('\n');
      expect(evidence).toHaveLength(3);
      expect(evidence[1]).toBe('Le Monde: “Le pont a été fermé le 6 janvier, a annoncé le ministère.”');
      expect(evidence[2]).toBe('NOS: “Op 6 januari sloot Zoë de Vries de brug: "te gevaarlijk", zei ze.”');
      const vote = byId.get('vote')![6]!;
      expect(vote.formula).toBe(false);
      expect(vote.text).toBe(`'=HYPERLINK("https://evil.example","Vote on repairs")`);
      expect(rows.flat().some((c) => c.formula)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
