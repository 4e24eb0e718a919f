/**
 * The page's schema checks, generated when the site is built: `page-checks.ts` is replaced by plain code
 * (no zod, no eval), so what the page loads before its first draw holds neither zod (~8 kB gzip) nor a
 * call a Content-Security-Policy without 'unsafe-eval' would refuse. Imported by vite.config.ts only.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { checksSource } from './schema-check.ts';
import { SCHEMA_VERSION, eventFlagSchema, textShardSchema, timelineSchema } from './timeline.ts';

/** The checks the page runs, by the name `page-checks.ts` exports them under. */
export const PAGE_CHECKS = { isTimeline: timelineSchema, isTextShard: textShardSchema, isEventFlag: eventFlagSchema };

/** The body of the checks (declarations only), shared by the build and by page-checks.ts under node. */
export function pageChecksBody(): string {
  return `${checksSource(PAGE_CHECKS)}\nconst SCHEMA_VERSION = ${JSON.stringify(SCHEMA_VERSION)};`;
}

const EXPORTS = [...Object.keys(PAGE_CHECKS), 'SCHEMA_VERSION'];

/** page-checks.ts as the build ships it. Throws (failing the build) on a schema part it cannot write. */
export function pageChecksModule(): string {
  return `${pageChecksBody()}\nexport { ${EXPORTS.join(', ')} };\n`;
}

/** The same exports evaluated here, for tests and tools running the sources under node. */
export function evaluatePageChecks(): Record<string, unknown> {
  return new Function(`${pageChecksBody()}\nreturn { ${EXPORTS.join(', ')} };`)() as Record<string, unknown>;
}

/**
 * The Vite plugin: ships page-checks.ts as generated code, and marks the contract's modules free of side
 * effects (they only declare schemas, constants and functions), so a page module importing one helper from
 * `contract` does not drag every zod schema along with it.
 */
export function pageChecksPlugin(): Plugin {
  // Here, not at the top: under jsdom (the page's tests) this module's URL is not a file's.
  const contractDir = fileURLToPath(new URL('.', import.meta.url));
  const pageChecksFile = fileURLToPath(new URL('./page-checks.ts', import.meta.url));
  return {
    name: 'timeline-page-checks',
    enforce: 'pre',
    load(id) {
      return id.split('?')[0] === pageChecksFile ? { code: pageChecksModule(), moduleSideEffects: false } : null;
    },
    transform(code, id) {
      return id.startsWith(contractDir) ? { code, map: null, moduleSideEffects: false } : null;
    },
  };
}
