/** What `tests/e2e/global-setup.ts` hands to every browser test through `inject()`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site at the server's root, e.g. `http://127.0.0.1:41234/` (ends in `/`). */
    baseUrl: string;
    /** The same build served under a sub-path: `http://127.0.0.1:41234/course/unit-1/chronology/`. */
    subpathUrl: string;
    /** Absolute path of the built site (`.tmp/e2e-dist`), to serve it again with other routes. */
    distDir: string;
  }
}

export {};
