/**
 * The request machinery of the Excel fake, as Office.js behaves:
 * - proxy objects queue operations; nothing happens until context.sync();
 * - sync() sends one request: its size is counted (and refused above 5 MB on the web, before anything runs),
 *   then the operations run in order; the first failing one rejects the sync, the ones before it stay
 *   applied (there is no transaction), the ones after it are dropped;
 * - a property can be read only after load() and sync(); otherwise PropertyNotLoaded;
 * - getItem() on a missing item fails when the object is used; getItemOrNullObject() gives a null object
 *   whose isNullObject is known after sync();
 * - APIs above the configured ExcelApi version fail with ApiNotFound when used.
 */
import { FakeOfficeError, notLoaded } from './errors';
import type { WorkbookModel } from './model';

export interface FakeStats {
  syncs: number;
  /** Size in bytes (UTF-8 JSON of the queued operations) of each request sent by sync(). */
  requestBytes: number[];
  /** Size in bytes of each response (the loaded values). */
  responseBytes: number[];
  /** Number of suspendApiCalculationUntilNextSync() calls that ran. */
  calculationSuspensions: number;
}

export interface FakeEnv {
  model: WorkbookModel;
  apiVersion: string;
  web: boolean;
  payloadLimit: number;
  stats: FakeStats;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function utf8Length(s: string): number {
  const B = (globalThis as { Buffer?: { byteLength(s: string, enc: string): number } }).Buffer;
  if (B) return B.byteLength(s, 'utf8');
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON of a value with proxies replaced by their object path (as Office.js sends object references). */
export function jsonOf(v: unknown): string {
  // Fast path: cell data (2D arrays of plain values) holds no proxies.
  if (Array.isArray(v) && v.every((row) => Array.isArray(row) || row === null || typeof row !== 'object')) {
    return JSON.stringify(v);
  }
  return JSON.stringify(v, (_k, x: unknown) => (x instanceof FakeClientObject ? { ref: x._path } : x)) ?? 'null';
}

interface Op {
  path: string;
  member: string;
  args?: unknown;
  exec(): number;
}

export class FakeRequestContext {
  readonly workbook: FakeClientObject;
  private pending: Op[] = [];
  executing = false;
  closed = false;

  constructor(
    readonly env: FakeEnv,
    makeWorkbook: (ctx: FakeRequestContext) => FakeClientObject,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  enqueue(op: Op): void {
    if (this.closed) {
      throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts (Excel.run has ended).');
    }
    this.pending.push(op);
  }

  requireApi(api: string | undefined, where: string): void {
    if (api && !versionAtLeast(this.env.apiVersion, api)) {
      throw new FakeOfficeError('ApiNotFound', `${where} needs ExcelApi ${api}; this Excel supports ExcelApi ${this.env.apiVersion}.`);
    }
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidRequestContext', 'The request context is no longer valid.');
    const ops = this.pending;
    this.pending = [];
    const { stats, web, payloadLimit } = this.env;
    stats.syncs++;
    let bytes = 2;
    for (const op of ops) bytes += utf8Length(`{"p":${JSON.stringify(op.path)},"m":${JSON.stringify(op.member)},"a":${jsonOf(op.args)}},`);
    stats.requestBytes.push(bytes);
    // A request crosses a process (desktop) or the network (web): never synchronous.
    await Promise.resolve();
    if (web && bytes > payloadLimit) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit of ${payloadLimit} bytes.`,
      );
    }
    let response = 0;
    this.executing = true;
    try {
      for (const op of ops) {
        try {
          response += op.exec();
        } catch (e) {
          if (e instanceof FakeOfficeError) throw e.withLocation(`${op.path}${op.member ? '.' + op.member : ''}`);
          throw e;
        }
      }
    } finally {
      this.executing = false;
    }
    stats.responseBytes.push(response);
    if (web && response > payloadLimit) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${response} bytes) has exceeded the limit of ${payloadLimit} bytes.`,
      );
    }
  }
}

export interface PropDef<T> {
  get?: (target: T, self: FakeClientObject<T>) => unknown;
  set?: (target: T, value: unknown, self: FakeClientObject<T>) => void;
  /** ExcelApi version needed (both reading and writing). */
  api?: string;
}

interface Meta {
  props: Map<string, PropDef<unknown>>;
  navs: Set<string>;
}

const META = new WeakMap<object, Meta>();

function metaOf(proto: object): Meta {
  let m = META.get(proto);
  if (!m) {
    m = { props: new Map(), navs: new Set() };
    META.set(proto, m);
  }
  return m;
}

type Ctor<T> = { prototype: FakeClientObject<T> };

/** Installs loadable / settable properties on a proxy class. */
export function defineProps<T>(cls: Ctor<T>, props: Record<string, PropDef<T>>): void {
  const meta = metaOf(cls.prototype);
  for (const [name, def] of Object.entries(props)) {
    meta.props.set(name, def as PropDef<unknown>);
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: FakeClientObject<T>) {
        return this._read(name);
      },
      set(this: FakeClientObject<T>, v: unknown) {
        if (!def.set) throw new TypeError(`Cannot set property ${name} of ${this.constructor.name}, which has only a getter`);
        this._op(`set ${name}`, v, (t) => def.set!(t, v, this), def.api);
      },
    });
  }
}

/** Installs navigation properties (child objects, e.g. range.format) on a proxy class. */
export function defineNavs<T>(cls: Ctor<T>, navs: Record<string, (self: FakeClientObject<T>) => FakeClientObject>): void {
  const meta = metaOf(cls.prototype);
  for (const [name, make] of Object.entries(navs)) {
    meta.navs.add(name);
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: FakeClientObject<T>) {
        return this._child(name, () => make(this));
      },
    });
  }
}

export type Source<T> =
  | { target: T }
  | {
      resolve: () => T | null;
      /** ExcelApi version needed to get this object. */
      api?: string;
      /** An action (add …): its failure fails the sync at once instead of when the object is used. */
      action?: boolean;
    };

/** Normalises the arguments of load(): 'a, b', ['a', 'b'], { select: 'a,b' }. */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === 'object') {
    const sel = (spec as { select?: unknown; $select?: unknown }).select ?? (spec as { $select?: unknown }).$select;
    if (sel !== undefined) return loadPaths(sel);
    // Object form: { values: true, format: { columnWidth: true } }
    const out: string[] = [];
    for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
      if (v === true) out.push(k);
      else if (v && typeof v === 'object') for (const sub of loadPaths(v)) out.push(`${k}/${sub}`);
    }
    return out;
  }
  throw new FakeOfficeError('InvalidArgument', 'Invalid argument to load().');
}

function deletedFlag(t: unknown): boolean {
  if (typeof t !== 'object' || t === null) return false;
  const o = t as { deleted?: boolean; sheet?: { deleted?: boolean }; table?: { deleted?: boolean }; chart?: { deleted?: boolean } };
  return o.deleted === true || o.sheet?.deleted === true || o.table?.deleted === true || o.chart?.deleted === true;
}

export class FakeClientObject<T = unknown> {
  readonly context: FakeRequestContext;
  readonly _path: string;
  _state: 'pending' | 'bound' | 'null' | 'error' = 'pending';
  _target: T | null = null;
  _error: FakeOfficeError | null = null;
  readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, FakeClientObject>();

  constructor(ctx: FakeRequestContext, path: string, source: Source<T>) {
    this.context = ctx;
    this._path = path;
    if ('target' in source) {
      this._state = 'bound';
      this._target = source.target;
      return;
    }
    const run = (): number => {
      try {
        ctx.requireApi(source.api, path);
        const t = source.resolve();
        if (t === null) this._state = 'null';
        else {
          this._state = 'bound';
          this._target = t;
        }
      } catch (e) {
        if (!(e instanceof FakeOfficeError) || source.action) throw e;
        this._state = 'error';
        this._error = e;
      }
      return 0;
    };
    if (ctx.executing) run();
    else ctx.enqueue({ path, member: '', exec: run });
  }

  /** The model object behind this proxy; throws what Excel would when it is missing. */
  _use(): T {
    switch (this._state) {
      case 'bound':
        if (deletedFlag(this._target)) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this._path}).`);
        return this._target as T;
      case 'null':
        throw new FakeOfficeError('ItemNotFound', `The object is a null object (${this._path}).`);
      case 'error':
        throw this._error!;
      default:
        throw new FakeOfficeError('InvalidOperation', `Object used before it was created (${this._path}).`);
    }
  }

  get isNullObject(): boolean {
    if (this._state === 'pending') throw notLoaded('isNullObject');
    return this._state === 'null';
  }

  _read(name: string): unknown {
    if (!this._loaded.has(name)) throw notLoaded(name);
    return this._loaded.get(name);
  }

  /** Queues an operation on this object. */
  _op(member: string, args: unknown, fn: (t: T) => number | void, api?: string): void {
    this.context.enqueue({
      path: this._path,
      member,
      args,
      exec: () => {
        this.context.requireApi(api, `${this._path}.${member}`);
        const r = fn(this._use());
        return typeof r === 'number' ? r : 0;
      },
    });
  }

  _child<C extends FakeClientObject>(key: string, make: () => C): C {
    let c = this._children.get(key) as C | undefined;
    if (!c) {
      c = make();
      this._children.set(key, c);
    }
    return c;
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ path: this._path, member: 'load', args: paths, exec: () => this._doLoad(paths) });
    return this;
  }

  /** Runs a load inside sync(); returns the response bytes. */
  _doLoad(paths: string[]): number {
    if (this._state === 'null') return 4;
    this._use();
    const meta = metaOf(Object.getPrototypeOf(this));
    const all = paths.length ? paths : [...meta.props.entries()].filter(([, d]) => d.get && (!d.api || this._apiOk(d.api))).map(([n]) => n);
    let bytes = 2;
    for (const p of all) bytes += this._loadPath(p);
    return bytes;
  }

  private _apiOk(api: string): boolean {
    try {
      this.context.requireApi(api, '');
      return true;
    } catch {
      return false;
    }
  }

  _loadPath(path: string): number {
    const [head, ...rest] = path.split('/').map((s) => s.trim());
    const meta = metaOf(Object.getPrototypeOf(this));
    const prop = meta.props.get(head);
    if (prop?.get && rest.length === 0) {
      this.context.requireApi(prop.api, `${this._path}.${head}`);
      const v = prop.get(this._use(), this as FakeClientObject<unknown>);
      this._loaded.set(head, v);
      return utf8Length(jsonOf(v)) + head.length + 4;
    }
    if (meta.navs.has(head)) {
      const child = (this as unknown as Record<string, FakeClientObject>)[head];
      return child._doLoad(rest.length ? [rest.join('/')] : []);
    }
    throw new FakeOfficeError('InvalidArgument', `The property '${head}' does not exist on ${this.constructor.name}.`);
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) {
      out[k] = Array.isArray(v) && v.every((x) => x instanceof FakeClientObject) ? v.map((x: FakeClientObject) => x.toJSON()) : v;
    }
    for (const [k, c] of this._children) if (c._loaded.size) out[k] = c.toJSON();
    return out;
  }
}

/** A collection proxy: `items` (after load), loading 'items/x' or plain 'x' loads x on every item. */
export abstract class FakeCollection<T, I> extends FakeClientObject<T> {
  protected abstract _itemModels(target: T): I[];
  protected abstract _wrap(item: I, index: number): FakeClientObject<I>;

  get items(): FakeClientObject<I>[] {
    return this._read('items') as FakeClientObject<I>[];
  }

  override _doLoad(paths: string[]): number {
    if (this._state === 'null') return 4;
    const t = this._use();
    const meta = metaOf(Object.getPrototypeOf(this));
    const own: string[] = [];
    const itemPaths: string[] = [];
    let wantItems = paths.length === 0;
    for (const p of paths) {
      const head = p.split('/')[0].trim();
      if (head === 'items') {
        wantItems = true;
        const rest = p.split('/').slice(1).join('/');
        if (rest) itemPaths.push(rest);
      } else if (meta.props.has(head)) {
        own.push(p);
      } else {
        wantItems = true;
        itemPaths.push(p);
      }
    }
    let bytes = 2;
    for (const p of own) bytes += this._loadPath(p);
    if (wantItems) {
      const items = this._itemModels(t).map((m, i) => this._wrap(m, i));
      for (const it of items) bytes += it._doLoad(itemPaths);
      this._loaded.set('items', items);
    }
    return bytes;
  }
}
