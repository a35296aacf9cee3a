/** A workspace index pass's progress: a bar under the view's title and a spinner with a count in the status bar. */
import vscode = require('vscode');

export function withIndexProgress<T>(viewId: string, token: vscode.CancellationToken, work: (report: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: { viewId } }, () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Policy Lens' }, (progress) => {
        let last = 0;
        return work((done, total) => {
          if (token.isCancellationRequested) return;
          const pct = total ? Math.floor((done / total) * 100) : 0;
          progress.report({ message: `indexing articles ${done}/${total}`, increment: pct - last });
          last = pct;
        });
      }),
    ),
  );
}
