/**
 * Metadata values as sources write them, made into what the contract holds: a date-time string into an ISO
 * day (and date-time), a link into a normalised http(s) URL, a name into one line of plain text.
 * Shared by pages, records, manifests and front-matter headers.
 */

/** Years a publication date can have: older is a typo or a placeholder (`0001-01-01`), later is not yet published. */
const PUBLISHED_YEARS = { min: 1800, max: 2100 } as const;

/** Longest headline, outlet or byline kept: anything longer is a paragraph read from the wrong field. */
export const MAX_NAME_CHARS = 400;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` when it is a real calendar day in the accepted years, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < PUBLISHED_YEARS.min || year > PUBLISHED_YEARS.max || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export interface ReadDate {
  /** The day as the source wrote it (in the source's own time zone, not moved to UTC). */
  day: string;
  /** ISO 8601 date-time when the source gave a time, else the day. */
  dateTime: string;
  /** Milliseconds since the epoch when an instant is known (a time with a zone), for comparing sources. */
  instant: number | null;
}

const ISO =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/;
/** "3 January 2019", "January 3, 2019", "Thu, 03 Jan 2019 10:00:00 GMT" (RFC 2822), with or without weekday. */
const WORDS_DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const WORDS_MDY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const SLASHED_YMD = /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;

function zoneOffsetMinutes(zone: string): number | null {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

function fromIso(m: RegExpExecArray): ReadDate | null {
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) return null;
  if (m[4] === undefined) return { day, dateTime: day, instant: null };
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  if (hh > 23 || mm > 59 || ss > 60) return { day, dateTime: day, instant: null };
  const zone = m[8];
  const offset = zone ? zoneOffsetMinutes(zone) : null;
  const zoneText = offset === null ? '' : offset === 0 ? 'Z' : zone!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const dateTime = `${day}T${pad(hh)}:${pad(mm)}:${pad(ss)}${zoneText}`;
  const instant =
    offset === null ? null : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hh, mm, ss) - offset * 60_000;
  return { day, dateTime, instant };
}

function monthNumber(word: string): number | null {
  return MONTHS[word.slice(0, 3).toLowerCase()] ?? null;
}

/**
 * A publication or modification date as metadata writes it: ISO 8601 (`2019-01-03`, `2019-01-03T10:00:00-05:00`,
 * `2019-01-03 10:00:00`), compact (`20190103`), `2019/01/03`, or English words (`3 January 2019`,
 * `Thu, 03 Jan 2019 10:00:00 GMT`). Null for anything else, never a guess.
 */
export function readDateValue(value: unknown): ReadDate | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) return fromIso(iso);
  const compact = COMPACT.exec(s);
  if (compact) return fromIso(compact);
  const slashed = SLASHED_YMD.exec(s);
  if (slashed) {
    const day = isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
    return day ? { day, dateTime: day, instant: null } : null;
  }
  if (/^\d{10,13}$/.test(s)) return fromEpoch(Number(s));
  const dmy = WORDS_DMY.exec(s);
  const mdy = WORDS_MDY.exec(s);
  const words = dmy && monthNumber(dmy[2]!) ? [dmy[3], monthNumber(dmy[2]!), dmy[1]] : null;
  const words2 = mdy && monthNumber(mdy[1]!) ? [mdy[3], monthNumber(mdy[1]!), mdy[2]] : null;
  const parts = words ?? words2;
  if (!parts) return null;
  const day = isoDay(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return day ? { day, dateTime: day, instant: null } : null;
}

/** Seconds (10 digits) or milliseconds (13) since the epoch, as some exports write dates; read in UTC. */
function fromEpoch(n: number): ReadDate | null {
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const day = isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!day) return null;
  return { day, dateTime: d.toISOString().replace(/\.\d{3}Z$/, 'Z'), instant: ms };
}

/**
 * Whether two sources name different days. Two instants less than a day apart are the same moment seen from
 * two time zones (`23:30-05:00` and `04:30Z` next day), not a disagreement.
 */
export function datesDisagree(a: ReadDate, b: ReadDate): boolean {
  if (a.day === b.day) return false;
  if (a.instant !== null && b.instant !== null) return Math.abs(a.instant - b.instant) >= 86_400_000;
  return true;
}

/** A link as an http(s) URL without its fragment, host in lower case; null for anything else (`javascript:`, `data:` …). */
export function normaliseUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s || /[\s<>"]/.test(s)) return null;
  let url: URL;
  try {
    url = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.hash = '';
  return url.toString();
}

/** The host name of a URL without `www.`, as an outlet when the site gives no name. */
export function hostOutlet(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || null;
  } catch {
    return null;
  }
}

/** One line of plain text: markup removed, entities a parser left undone kept as written, white space collapsed. */
export function plainName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  return s.length > MAX_NAME_CHARS ? s.slice(0, MAX_NAME_CHARS).trimEnd() + '…' : s;
}

/** A BCP 47 primary language tag (`en`, `pt`), lower case, from `en-GB`, `pt_BR`, `EN`; null for anything else. */
export function primaryLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$/.exec(value);
  if (!m) return null;
  const tag = m[1]!.toLowerCase();
  return tag === 'und' ? null : tag;
}

/** The date in a URL's path (`/2019/01/03/`, `/2019-01-03/`, `/20190103/`), as a day. */
export function urlPathDay(url: string | null): { day: string; written: string } | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((\d{4})\/(\d{1,2})\/(\d{1,2}))(?:\/|$|[^\d])/,
    /\/((\d{4})-(\d{2})-(\d{2}))(?:[/\-_.]|$)/,
    /[/_-]((\d{4})(\d{2})(\d{2}))(?:[/_\-.]|$)/,
  ];
  for (const p of patterns) {
    const m = p.exec(path);
    if (!m) continue;
    const day = isoDay(Number(m[2]), Number(m[3]), Number(m[4]));
    if (day) return { day, written: m[1]! };
  }
  return null;
}
