import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkCredentials } from '../../server/simulator/credentials';

void describe('the simulator credentials check, before any question is asked', () => {
  const savedEnv = { ...process.env };
  const home = mkdtempSync(join(tmpdir(), 'connect-iam-credentials-'));

  before(() => {
    // No credentials anywhere: no AWS_* variables, empty ~/.aws files, no instance metadata.
    for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
    Object.assign(process.env, {
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    });
  });
  after(() => {
    process.env = savedEnv;
    rmSync(home, { recursive: true, force: true });
  });

  void it('passes with credentials, calling no AWS API', async () => {
    assert.equal(await checkCredentials({ credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, endpoint: 'http://127.0.0.1:9' }), undefined);
  });

  void it('says there are no credentials for the profile, and what to do', async () => {
    const failure = await checkCredentials({ profile: 'connect-iam-missing' });
    assert.equal(failure?.kind, 'noCredentials');
    assert.match(failure.message, /^No AWS credentials were found for profile "connect-iam-missing"/);
  });

  void it('says so for the default chain too', async () => {
    const failure = await checkCredentials({});
    assert.equal(failure?.kind, 'noCredentials', failure?.message);
    assert.match(failure.message, /the default credential chain/);
  });
});
