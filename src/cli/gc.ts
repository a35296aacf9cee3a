/**
 * V8 settings for the CLI's analysis. With several jobs, V8's garbage-collector helper threads compete with the
 * analysis workers for the cores. Every isolate collecting on its own thread (`--single-threaded-gc`) gave, in paired
 * runs of 3,000 articles at 2 jobs on 2 cores, 2.6% less wall time and a peak of 424 MB instead of 515 MB. V8 accepts
 * that flag only at start-up (set at run time it aborts the process), so a run that will use several workers restarts
 * the CLI under it (with --no-concurrent-recompilation and a later tier-up: FLAGS), with the same terminal. All three
 * are about sharing the machine, so one job keeps V8's defaults: its collector and compiler threads on the other core.
 * The inlining budget (limitInlining) is for every run. POLICY_LENS_CLI_GC=default keeps all of V8's defaults.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Args } from './args';

const FLAG = '--single-threaded-gc';
/**
 * The restart's flags: every isolate collects on its own thread, and compiles on it too: with both cores analysing,
 * the optimising compiler's background threads only compete with the workers. The CLI at --jobs 2 on 1,200 articles,
 * with / without --no-concurrent-recompilation, three pairs: whole-process CPU 0.887, 0.903, 0.958
 * (docs/performance.md, archive section). One job keeps both on the other core.
 * The tier-up budget 4x V8's default (67,584 bytes of bytecode run before a function is optimised): the core is
 * optimised later, with more type feedback, so it is compiled, thrown away and compiled again less often; at --jobs 2
 * on 1,000 articles, three pairs, 12% less CPU. One job keeps V8's: there the compiler works on the other core and
 * optimising later only moves work onto the worker's thread (its CPU per article up from 12.4 to 15.8 ms).
 */
const FLAGS = [FLAG, '--no-concurrent-recompilation', `--interrupt-budget=${4 * 67584}`];
const INLINING = '--max-inlined-bytecode-size-cumulative';
const keepDefaults = () => process.env.POLICY_LENS_CLI_GC === 'default';

/**
 * Every worker optimises the core's code on its own, and the optimising compiler, on V8's platform threads, works
 * beside the workers: with less inlined into each optimised function (V8's default cumulative budget is 920 bytes of
 * bytecode) each compilation is smaller and the code runs as fast: the core alone in one thread, 1,200 articles, three
 * pairs, 10% less CPU (docs/performance.md, archive section). The same for every --jobs. Set at run time, before any
 * worker starts (V8's flags are the process's, and this one is read at each compilation); a budget given on node's
 * command line wins.
 */
export function limitInlining(): void {
  if (!keepDefaults() && !process.execArgv.some((f) => f.startsWith(INLINING))) setFlagsFromString(`${INLINING}=300`);
}

const isFolder = (input: string): boolean => {
  try {
    return input !== '-' && statSync(input).isDirectory();
  } catch {
    return false; // unreadable: reported later, by the run itself
  }
};

/** Whether this run will keep several workers busy and is not yet under the flag. Decided before stdin is read. */
export function wantsSingleThreadedGc(args: Args): boolean {
  if (args.jobs < 2 || process.execArgv.includes(FLAG) || keepDefaults()) return false;
  return args.inputs.length > 1 || !!args.filesFrom || args.inputs.some(isFolder);
}

/** Runs this CLI again under the flags, passing on stdin, stdout, stderr and termination; resolves to its exit code. */
export function rerunWithSingleThreadedGc(argv: string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...FLAGS, __filename, ...argv], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward(signal));
  return new Promise((resolve) => {
    child.on('error', (e) => {
      process.stderr.write(`policy-lens: could not start the analysis (${e.message})\n`);
      resolve(2);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
