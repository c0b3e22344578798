import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileGlob, matchesAnyGlob, uriPath, type Glob } from '../../server/lsp/glob';

const matches = (pattern: string, path: string) => matchesAnyGlob(path, [compileGlob(pattern) as Glob]);

void describe('server: connectIam.files glob patterns', () => {
  void it('matches names, folders and trailing parts of a path', () => {
    assert.ok(matches('*.policy.json', '/repo/iam/chat.policy.json'));
    assert.ok(matches('policies/*.json', '/repo/policies/chat.json'));
    assert.ok(matches('**/policies/**/*.json', '/repo/infra/policies/chat/backend.json'));
    assert.ok(matches('**/policies/*.json', '/repo/policies/chat.json'));
    assert.ok(matches('/repo/**', '/repo/a/b.json'));
    assert.ok(matches('iam-{chat,voice}.json', '/repo/iam-voice.json'));
    assert.ok(matches('policy-?.json', '/repo/policy-1.json'));
    assert.ok(matches('policy-[0-9].json', '/repo/policy-7.json'));
    assert.ok(matches('policy-[!0-9].json', '/repo/policy-a.json'));
  });

  void it('does not match across folders or partial names', () => {
    assert.ok(!matches('policies/*.json', '/repo/policies/chat/backend.json'));
    assert.ok(!matches('*.policy.json', '/repo/chat.policy.json.bak'));
    assert.ok(!matches('policy.json', '/repo/mypolicy.json'));
    assert.ok(!matches('policy-[0-9].json', '/repo/policy-a.json'));
    assert.ok(!matches('a.json', '/repo/aXjson'), 'a dot is literal');
    assert.ok(!matches('iam-{chat,voice}.json', '/repo/iam-video.json'));
  });

  void it('reads the path of file and untitled URIs', () => {
    assert.equal(uriPath('file:///c%3A/repo/my%20policy.json'), '/c:/repo/my policy.json');
    assert.equal(uriPath('untitled:Untitled-1'), 'Untitled-1');
  });
});
