/**
 * Peers are compared only when they run here, side by side with us in the same session. A peer that
 * cannot run is reported as not measured, with the reason, and never replaced by a stored figure.
 */
import { spawnSync } from 'node:child_process';

export type Availability = { available: true; command: string[] } | { available: false; reason: string };

/**
 * Parliament (duo-labs/parliament, a Python package on PyPI): its `parliament` command, or the
 * package run as `python3 -m parliament`.
 */
export function parliament(): Availability {
  const onPath = spawnSync('parliament', ['--help'], { encoding: 'utf8' });
  if (!onPath.error && onPath.status === 0) return { available: true, command: ['parliament'] };
  const module = spawnSync('python3', ['-c', 'import parliament'], { encoding: 'utf8' });
  if (module.status === 0) return { available: true, command: ['python3', '-m', 'parliament'] };
  const why = module.stderr.trim().split('\n').pop() ?? `status ${module.status}`;
  return { available: false, reason: `not installed (no parliament command; python3 -c "import parliament": ${why}); install it with pip to compare` };
}
