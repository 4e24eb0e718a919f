/**
 * Accessibility scans with axe-core, injected from node_modules (never from a CDN) into a page or
 * frame.
 */
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  /** Rule id, e.g. `color-contrast`, `button-name`. */
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (one per node; frames joined with ` >>> `). */
  targets: string[];
  /** Per node: its HTML and what to fix. */
  nodes: { target: string; html: string; failureSummary: string }[];
}

export interface ScanOptions {
  /** Only scan inside these selectors (default: the whole document). */
  include?: string[];
  /** Leave these selectors out. */
  exclude?: string[];
  /** Only run rules with these tags, e.g. `['wcag2a', 'wcag2aa']` (default: every non-experimental rule, best practices included). */
  tags?: string[];
  /** Turn single rules on or off, e.g. `{ region: { enabled: false } }`. */
  rules?: Record<string, { enabled: boolean }>;
}

/** Run axe on the page (or frame) as it is now and return its violations (empty when none). */
export async function scanAccessibility(target: Page | Frame, options: ScanOptions = {}): Promise<AxeViolation[]> {
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await target.addScriptTag({ path: AXE_PATH });
  return target.evaluate(async (opts) => {
    type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
    type AxeResult = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: AxeResult[] }> } }
    ).axe;
    const context =
      opts.include || opts.exclude
        ? { ...(opts.include ? { include: opts.include } : {}), ...(opts.exclude ? { exclude: opts.exclude } : {}) }
        : document;
    const runOptions: Record<string, unknown> = { resultTypes: ['violations'] };
    if (opts.tags) runOptions.runOnly = { type: 'tag', values: opts.tags };
    if (opts.rules) runOptions.rules = opts.rules;
    const { violations } = await axe.run(context, runOptions);
    const selector = (t: unknown[]) => t.map((x) => (Array.isArray(x) ? x.join(' ') : String(x))).join(' >>> ');
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => selector(n.target)),
      nodes: v.nodes.map((n) => ({ target: selector(n.target), html: n.html, failureSummary: n.failureSummary ?? '' })),
    }));
  }, options);
}

/** Violations as readable text for an assertion message. */
export function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'no accessibility violations';
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.html.slice(0, 160)}\n      ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n')}`,
    )
    .join('\n');
}
