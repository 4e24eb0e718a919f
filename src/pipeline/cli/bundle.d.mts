/** The folder of the bundled CLI and worker, built when missing or out of date; null when it cannot be. */
export function ensureBundle(): Promise<string | null>;
/** The path of one bundled entry (`timeline.mjs`, `worker.mjs`), or null as for `ensureBundle`. */
export function bundledModule(name: string): Promise<string | null>;
