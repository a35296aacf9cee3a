/**
 * When the `vscode` module was ready: imported by extension.ts right after loadClock.ts, so it marks the end of the
 * bundle's first `require('vscode')`, in which VS Code builds this extension's API object (its cost, not ours).
 */
import 'vscode';
import { threadCpuMs } from './loadClock';

export const API_AT = performance.now();
export const API_CPU = threadCpuMs();
