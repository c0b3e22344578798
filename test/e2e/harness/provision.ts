// Runs scripts/provision-e2e.sh (idempotent) and returns the tools it provided.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../package/vsix';

export interface E2eTools {
  nodeBin: string;
  codeServer: string;
  chromium: string;
}

export function provision(): E2eTools {
  const result = spawnSync('bash', [join(ROOT, 'scripts/provision-e2e.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`scripts/provision-e2e.sh failed with exit code ${result.status}`);
  const values = new Map(
    result.stdout
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1], match[2]]),
  );
  const value = (key: string): string => {
    const found = values.get(key);
    if (!found) throw new Error(`scripts/provision-e2e.sh did not print ${key}=`);
    return found;
  };
  return { nodeBin: value('NODE24_BIN'), codeServer: value('CODE_SERVER'), chromium: value('CHROMIUM') };
}
