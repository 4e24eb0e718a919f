/**
 * A yes/no check compiled once from a zod schema's own definition, for the common case of a file that is
 * valid: zod's parser copies every object and array of a 100 MB index (seconds at 40,000 events), this only
 * reads them. It answers `true` only where zod would accept the value unchanged; anything it does not model
 * is handed to zod for that part of the value. A `false` proves nothing: the caller then runs zod, whose
 * issues name the path, so a bad file is refused with exactly the messages it always had.
 *
 * Built from the schema rather than written beside it, so it cannot drift from the contract. zod's own
 * `compile()` does the same with generated code but costs ~9 kB gzip in the page, before its first draw.
 */
import * as z from 'zod/mini';

export type Check = (value: unknown) => boolean;

/** The parts of a zod definition (and of a check's) this compiler reads; the rest it leaves to zod. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef; check: (payload: { value: unknown; issues: unknown[] }) => void } }[];
  coerce?: boolean;
  format?: string;
  check?: string;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** A node this compiler does not model: zod itself checks that part of the value. */
const byZod =
  (schema: z.core.$ZodType): Check =>
  (value) =>
    z.safeParse(schema, value).success;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function compileCheck(schema: z.core.$ZodType): Check {
  const def = defOf(schema);
  const base = compileType(def);
  if (!base) return byZod(schema);
  const checks = (def.checks ?? []).map((c) => compileRefinement(c._zod.def, c._zod.check));
  if (checks.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

/** The type test of a node, or null when this compiler does not model it (zod checks it then). */
function compileType(def: Def): Check | null {
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return def.format === undefined ? (v) => typeof v === 'string' : null;
    case 'number':
      return compileNumber(def);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal': {
      const values = def.values ?? [];
      return (v) => values.includes(v);
    }
    case 'enum':
      return compileEnum(def);
    case 'optional': {
      const inner = compileCheck(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = compileCheck(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'array':
      return compileArray(def);
    case 'object':
      return compileObject(def);
    case 'record':
      return compileRecord(def);
    default:
      return null;
  }
}

function compileNumber(def: Def): Check | null {
  const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
  if (def.check === undefined) return finite;
  if (def.check === 'number_format' && def.format === 'safeint') return (v) => Number.isSafeInteger(v);
  return null;
}

function compileEnum(def: Def): Check | null {
  const values = Object.values(def.entries ?? {});
  if (!values.every((x) => typeof x === 'string')) return null;
  const set = new Set<unknown>(values);
  return (v) => set.has(v);
}

function compileArray(def: Def): Check {
  const element = compileCheck(def.element!);
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

/**
 * Strict objects, and plain ones without unknown keys (zod would drop those, so the value would not pass
 * unchanged). An optional key's schema accepts `undefined`, so an absent key needs no case of its own.
 */
function compileObject(def: Def): Check | null {
  if (def.catchall !== undefined && defOf(def.catchall).type !== 'never') return null;
  const keys = Object.keys(def.shape ?? {});
  const known = new Set(keys);
  const fields = keys.map((k) => compileCheck(def.shape![k]!));
  return (v) => {
    if (!isRecord(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!fields[i]!(v[keys[i]!])) return false;
    for (const k in v) if (!known.has(k)) return false;
    return true;
  };
}

function compileRecord(def: Def): Check | null {
  const key = defOf(def.keyType!);
  if (key.type !== 'string' || key.checks?.length || key.format !== undefined) return null;
  const value = compileCheck(def.valueType!);
  return (v) => {
    if (!isRecord(v) || Object.getOwnPropertySymbols(v).length) return false;
    for (const k of Object.keys(v)) if (!value(v[k])) return false;
    return true;
  };
}

/** A refinement runs after its node's type test passed: a string, a number or an array, as the check expects. */
type Refinement = (v: unknown) => boolean;
const len = (v: unknown) => (v as { length: number }).length;
const num = (v: unknown) => v as number;
type RunCheck = (payload: { value: unknown; issues: unknown[] }) => void;

/**
 * A check of `.check(…)`: the common ones read directly, any other run through zod's own check. A check's
 * `when` (a condition under which zod skips it) is ignored: always checking is never looser than zod.
 */
function compileRefinement(c: CheckDef, run: RunCheck): Refinement {
  const byCheck: Refinement = (v) => {
    const payload = { value: v as unknown, issues: [] as unknown[] };
    run(payload);
    return payload.issues.length === 0;
  };
  switch (c.check) {
    case 'string_format':
      return c.format === 'regex' && c.pattern ? matches(c.pattern) : byCheck;
    case 'min_length':
      return atLeast(c.minimum!, byCheck);
    case 'max_length':
      // zod counts a string's code points, never more than its UTF-16 units: within the units it fits.
      return (v) => len(v) <= c.maximum! || byCheck(v);
    case 'greater_than':
      return c.inclusive ? (v) => num(v) >= c.value! : (v) => num(v) > c.value!;
    case 'less_than':
      return c.inclusive ? (v) => num(v) <= c.value! : (v) => num(v) < c.value!;
    default:
      return byCheck;
  }
}

function matches(pattern: RegExp): Refinement {
  return (v) => {
    pattern.lastIndex = 0;
    return pattern.test(v as string);
  };
}

/**
 * zod measures a string in code points (one or two UTF-16 units each): twice the minimum in units always
 * clears it, fewer units than the minimum never do, and in between zod's own check counts.
 */
function atLeast(minimum: number, byCheck: Refinement): Refinement {
  return (v) => {
    if (typeof v !== 'string') return len(v) >= minimum;
    if (v.length >= minimum * 2) return true;
    return v.length >= minimum && byCheck(v);
  };
}
