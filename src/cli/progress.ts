/** A progress line on stderr (files done, rate, time left), drawn only when stderr is a terminal. */
const WIDTH = 24;
const EVERY_MS = 100;

const clock = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m ${String(Math.floor(s % 60)).padStart(2, '0')}s` : `${Math.ceil(s)}s`);

export class Progress {
  private _done = 0;
  private _drawn = 0;
  private readonly _started = Date.now();
  private readonly _on: boolean;

  constructor(
    private readonly _total: number,
    private readonly _stream: NodeJS.WriteStream = process.stderr,
  ) {
    this._on = !!_stream.isTTY && _total > 1;
  }

  /** One more file finished. */
  tick(): void {
    this._done++;
    if (this._on && (Date.now() - this._drawn >= EVERY_MS || this._done === this._total)) this._draw();
  }

  /** Writes a message line (an error) without breaking the bar. */
  say(line: string): void {
    if (this._on) this._stream.write('\r\x1b[K');
    this._stream.write(line);
    if (this._on && this._done) this._draw();
  }

  /** Removes the bar. */
  end(): void {
    if (this._on) this._stream.write('\r\x1b[K');
  }

  /** The bar's text: "[#####-----] 120/1000 files · 45.1/s · 19s left". */
  static line(done: number, total: number, seconds: number): string {
    const filled = Math.round((done / total) * WIDTH);
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? clock((total - done) / rate) : '?';
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files · ${rate.toFixed(1)}/s · ${left} left`;
  }

  private _draw(): void {
    this._drawn = Date.now();
    this._stream.write(`\r\x1b[K${Progress.line(this._done, this._total, (Date.now() - this._started) / 1000)}`);
  }
}
