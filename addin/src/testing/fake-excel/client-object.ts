import { FakeExcelError, propertyNotLoaded } from './fake-errors';
import type { FakeRequestContext } from './request-context';

/**
 * Proxy semantics shared by every fake object: `load` queues a read, the values arrive at the
 * next successful `sync`, and reading a property before that throws, as office-js does.
 */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  /** The value a property has now, computed from the model when a load runs. */
  protected abstract readProperty(name: string): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? '').split(','))
      .map((name) => name.trim())
      .filter(Boolean);
    this.context.enqueue({
      kind: 'read',
      describe: `load ${names.join(',')} ${this.describe()}`,
      run: () => Object.fromEntries(names.map((name) => [name, this.readProperty(name)])),
      deliver: (result) => {
        for (const [name, value] of Object.entries(result as object)) this.loaded.set(name, value);
      },
    });
    return this;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** For *OrNullObject proxies: after the next sync, `isNullObject` says whether it exists. */
  protected trackNullState(exists: () => boolean): void {
    this.context.enqueue({
      kind: 'read',
      describe: `exists ${this.describe()}`,
      run: () => !exists(),
      deliver: (isNull) => {
        this.nullState = isNull as boolean;
      },
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  protected write(describe: string, payload: unknown, run: () => void, requires?: string): void {
    this.context.enqueue({ kind: 'write', describe, payload, run, requires });
  }

  abstract describe(): string;
}

export function itemNotFound(what: string): FakeExcelError {
  return new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
}
