/** One base for everything that owns resources: register them with _register(), dispose them all at once. */

export interface IDisposable {
  dispose(): void;
}

export function disposeAll(disposables: IDisposable[]): void {
  while (disposables.length) {
    try {
      disposables.pop()?.dispose();
    } catch (e) {
      console.error('[policy-lens] dispose failed', e);
    }
  }
}

export abstract class Disposable implements IDisposable {
  private _isDisposed = false;
  private readonly _disposables: IDisposable[] = [];

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    disposeAll(this._disposables);
  }

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  /** Owns `value` from now on: it is disposed with this object (at once, if this is already disposed). */
  protected _register<T extends IDisposable>(value: T): T {
    if (this._isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }
}
