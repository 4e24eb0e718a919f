/**
 * A yes/no check compiled once from a zod schema's own definition, for the common case of a file that is
 * valid: zod's parser copies every object and array of a 100 MB index (seconds at 40,000 events), this only
 * reads them. It answers `true` only where zod would accept the value unchanged; anything it does not model
 * is handed to zod for that part of the value. A `false` proves nothing: the caller then runs zod, whose
 * issues name the path, so a bad file is refused with exactly the messages it always had.
 *
 * Built from the schema rather than written beside it, so it cannot drift from the contract. zod's own
 * `compile()` also generates code but costs ~9 kB gzip in the page, before its first draw. The page itself
 * ships the code generated at build time (`checksSource`, see page-checks-build.ts): no zod, no eval; this
 * runtime version serves the pipeline.
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
const byZod = (schema: z.core.$ZodType): Check =>
  Object.assign((value: unknown) => z.safeParse(schema, value).success, { what: `zod type ${defOf(schema).type}` });

/**
 * The check for a schema, as generated code: one function whose property reads a JIT keeps monomorphic
 * (a tree of closures was ~3× slower on a 100 MB index). Where the page may not compile code (a
 * Content-Security-Policy without 'unsafe-eval'), zod itself: slower, the same answers.
 */
export function compileCheck(schema: z.core.$ZodType): Check {
  try {
    return generateCheck(schema);
  } catch {
    return byZod(schema);
  }
}

type RunCheck = (payload: { value: unknown; issues: unknown[] }) => void;

/** A check of `.check(…)` run by zod itself, for what the generated code does not read directly. */
const byCheck = (run: RunCheck, what: string): Check =>
  Object.assign(
    (value: unknown) => {
      const payload = { value, issues: [] as unknown[] };
      run(payload);
      return payload.issues.length === 0;
    },
    { what: `zod check ${what}` },
  );

/** Code points of a string, as zod counts them for a length check (a surrogate pair is one). */
const CODE_POINTS = `function codePoints(s) {
let n = s.length;
for (let i = 0; i < s.length - 1; i++)
  if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
return n;
}`;

/**
 * The same check as source code: statements that `return false` as soon as the value at `x` fails. What
 * the generator does not model is called through `refs` (zod for a node, zod's own check for a check); a
 * generator for a build (`plain`) refuses those instead, so its code needs neither zod nor eval.
 */
class Generator {
  readonly refs: unknown[] = [];
  readonly lines: string[] = [];
  private names = 0;

  constructor(private readonly plain = false) {}

  ref(x: unknown): string {
    if (this.plain && typeof x === 'function') throw new Error(`schema-check: ${this.unmodelled(x)}`);
    // A constant used at several places (the date pattern, an enum's values) is declared once.
    const same = this.plain ? this.refs.findIndex((r) => literal(r) === literal(x)) : this.refs.indexOf(x);
    if (same >= 0) return `r${same}`;
    this.refs.push(x);
    return `r${this.refs.length - 1}`;
  }

  private unmodelled(x: unknown): string {
    return `${(x as { what?: string }).what ?? 'a part of the schema'} cannot be checked by generated code`;
  }

  name(): string {
    return `v${this.names++}`;
  }

  fail(condition: string): void {
    this.lines.push(`if (${condition}) return false;`);
  }

  node(schema: z.core.$ZodType, x: string): void {
    const def = defOf(schema);
    if (!this.type(def, x)) return this.fail(`!${this.ref(byZod(schema))}(${x})`);
    for (const c of def.checks ?? []) this.check(def.type, c._zod.def, c._zod.check, x);
  }

  /** Emits the type test of a node; false when it is not modelled (nothing emitted then). */
  private type(def: Def, x: string): boolean {
    if (def.coerce) return false;
    switch (def.type) {
      case 'string':
        if (def.format !== undefined) return false;
        this.fail(`typeof ${x} !== 'string'`);
        return true;
      case 'number':
        if (def.check !== undefined && !(def.check === 'number_format' && def.format === 'safeint')) return false;
        this.fail(
          def.check === undefined
            ? `typeof ${x} !== 'number' || !Number.isFinite(${x})`
            : `!Number.isSafeInteger(${x})`,
        );
        return true;
      case 'boolean':
        this.fail(`typeof ${x} !== 'boolean'`);
        return true;
      case 'literal':
        this.fail(`!${this.ref(def.values ?? [])}.includes(${x})`);
        return true;
      case 'enum': {
        const values = Object.values(def.entries ?? {});
        if (!values.every((v) => typeof v === 'string')) return false;
        this.fail(`!${this.ref(new Set(values))}.has(${x})`);
        return true;
      }
      case 'optional':
      case 'nullable':
        this.lines.push(`if (${x} !== ${def.type === 'optional' ? 'undefined' : 'null'}) {`);
        this.node(def.innerType!, x);
        this.lines.push('}');
        return true;
      case 'array':
        return this.array(def, x);
      case 'object':
        return this.object(def, x);
      case 'record':
        return this.record(def, x);
      default:
        return false;
    }
  }

  private array(def: Def, x: string): boolean {
    const i = this.name();
    const item = this.name();
    this.fail(`!Array.isArray(${x})`);
    this.lines.push(`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`, `const ${item} = ${x}[${i}];`);
    this.node(def.element!, item);
    this.lines.push('}');
    return true;
  }

  /** As the closures: strict objects, and plain ones without unknown keys. */
  private object(def: Def, x: string): boolean {
    if (def.catchall !== undefined && defOf(def.catchall).type !== 'never') return false;
    const keys = Object.keys(def.shape ?? {});
    this.fail(`typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})`);
    for (const k of keys) {
      const field = this.name();
      this.lines.push(`const ${field} = ${x}[${JSON.stringify(k)}];`);
      this.node(def.shape![k]!, field);
    }
    const key = this.name();
    const cases = keys.map((k) => `case ${JSON.stringify(k)}: break;`).join(' ');
    this.lines.push(`for (const ${key} in ${x}) switch (${key}) { ${cases} default: return false; }`);
    return true;
  }

  private record(def: Def, x: string): boolean {
    const key = defOf(def.keyType!);
    if (key.type !== 'string' || key.checks?.length || key.format !== undefined) return false;
    const k = this.name();
    const item = this.name();
    this.fail(`typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})`);
    this.fail(`Object.getOwnPropertySymbols(${x}).length`);
    this.lines.push(`for (const ${k} of Object.keys(${x})) {`, `const ${item} = ${x}[${k}];`);
    this.node(def.valueType!, item);
    this.lines.push('}');
    return true;
  }

  /**
   * A refinement; `type` is the node's. A check's `when` (a condition under which zod skips it) is ignored:
   * always checking is never looser than zod. zod measures a string in code points (one or two UTF-16 units
   * each): counted only where the units leave it in doubt, as zod does.
   */
  private check(type: string, c: CheckDef, run: RunCheck, x: string): void {
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const p = this.ref(c.pattern);
      this.lines.push(`${p}.lastIndex = 0;`);
      this.fail(`!${p}.test(${x})`);
    } else if (c.check === 'min_length' && type === 'array') this.fail(`${x}.length < ${c.minimum}`);
    else if (c.check === 'min_length' && type === 'string')
      this.fail(`${x}.length < ${2 * c.minimum!} && (${x}.length < ${c.minimum} || codePoints(${x}) < ${c.minimum})`);
    else if (c.check === 'max_length' && type === 'array') this.fail(`${x}.length > ${c.maximum}`);
    else if (c.check === 'max_length' && type === 'string')
      this.fail(`${x}.length > ${c.maximum} && codePoints(${x}) > ${c.maximum}`);
    else if (c.check === 'greater_than') this.fail(`!(${x} ${c.inclusive ? '>=' : '>'} ${c.value})`);
    else if (c.check === 'less_than') this.fail(`!(${x} ${c.inclusive ? '<=' : '<'} ${c.value})`);
    else this.fail(`!${this.ref(byCheck(run, c.check))}(${x})`);
  }

  /** The function `name`, after the constants its code reads (`r0` … from `refs` unless `plain`). */
  source(name: string): string {
    const constants = this.refs.map((x, i) => `const r${i} = ${this.plain ? literal(x) : `r[${i}]`};`);
    return [...constants, `function ${name}(v) {`, ...this.lines, 'return true;', '}'].join('\n');
  }
}

/** A constant of the generated code as source: regexes, lists and sets of JSON values. */
function literal(x: unknown): string {
  if (x instanceof RegExp) return x.toString();
  if (x instanceof Set) return `new Set(${JSON.stringify([...x])})`;
  if (Array.isArray(x) && x.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    return JSON.stringify(x);
  throw new Error(`schema-check: ${String(x)} cannot be written as a constant of generated code`);
}

/** The generated check; throws where `new Function` is not allowed. */
export function generateCheck(schema: z.core.$ZodType): Check {
  const g = new Generator();
  g.node(schema, 'v');
  const body = `${CODE_POINTS}\n${g.source('check')}\nreturn check;`;
  return new Function('r', body)(g.refs) as Check;
}

/**
 * Declarations of one function per schema (`name(value)` → boolean) and what they read, as plain code: no
 * zod, no eval, so a bundler can ship it as it is. Throws, naming the part, on anything the generator does
 * not model (a build must fail rather than ship a check looser than the contract).
 */
export function checksSource(schemas: Record<string, z.core.$ZodType>): string {
  const functions = Object.entries(schemas).map(([name, schema]) => {
    const g = new Generator(true);
    g.node(schema, 'v');
    // Each function in its own block, so the constants of two checks cannot collide.
    return `const ${name} = (() => {\n${g.source(name)}\nreturn ${name};\n})();`;
  });
  return [CODE_POINTS, ...functions].join('\n');
}
