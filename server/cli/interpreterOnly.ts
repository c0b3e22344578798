import { setFlagsFromString } from 'node:v8';

/*
 * A CLI run is short: over the 1,000-policy corpus V8's optimizing compiler (TurboFan) spent more CPU
 * compiling the rules on its helper threads than the run spent linting, and every lint thread compiled
 * for itself, so threads competed with compilers for the cores. Without it the run takes a third less
 * CPU and a lint thread per core pays off (docs/performance.md). Imported first so that it applies
 * before any rule runs; the flag is process-wide, so worker threads get it too.
 */
setFlagsFromString('--no-opt');
