/**
 * The overview strip as a density: how many events cover each few pixels of the whole corpus. Drawing
 * bins instead of one shape per event keeps the strip cheap with ten thousand events.
 */
import type { Domain } from './extent';

/**
 * Count, per bin of `binPx` pixels across `width`, the events whose interval [s, t) touches it. Linear in
 * events plus bins (a difference array), so a year-long claim costs no more than a day.
 */
export function densityBins(
  items: readonly { s: number; t: number }[],
  domain: Domain,
  width: number,
  binPx = 3,
): number[] {
  const n = Math.max(1, Math.ceil(width / binPx));
  const diff = new Array<number>(n + 1).fill(0);
  const span = domain[1] - domain[0];
  for (const { s, t } of items) {
    if (t <= domain[0] || s >= domain[1]) continue;
    const a = Math.max(0, Math.min(n - 1, Math.floor(((s - domain[0]) / span) * n)));
    // The bin holding the last covered instant (t is exclusive).
    const b = Math.max(a, Math.min(n - 1, Math.floor(((t - 1 - domain[0]) / span) * n)));
    diff[a]!++;
    diff[b + 1]!--;
  }
  const out = new Array<number>(n);
  let run = 0;
  for (let i = 0; i < n; i++) {
    run += diff[i]!;
    out[i] = run;
  }
  return out;
}
