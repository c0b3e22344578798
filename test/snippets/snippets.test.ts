import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { policy, validate } from '../helpers/service';
import { FLOWS_ARN } from '../connect/fixtures';
import { expandWithDefaults } from '../helpers/snippets';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const root = join(__dirname, '..', '..');
const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'policy.json'), 'utf8')) as Record<string, Snippet>;

/** A policy body is a whole document; a statement snippet goes into Statement; a property snippet (a Condition) into a chat-backend statement. */
function inPolicy(expanded: string): string {
  if (expanded.startsWith('"Version"')) return `{\n${expanded}\n}\n`;
  if (expanded.startsWith('{')) return policy(expanded);
  return policy(`{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${FLOWS_ARN}", ${expanded}}`);
}

void describe('snippets', () => {
  void it('are not contributed to VS Code, which would offer them in every JSON file and inside strings', () => {
    // The language server offers them, only in policies and only where they fit (test/features/snippet-completion.test.ts).
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: { snippets?: unknown[] } };
    assert.equal(pkg.contributes?.snippets, undefined);
  });

  void it('cover the chat backend, source IP, deny outside IPs, VPC, VPC endpoint and streaming', () => {
    const bodies = Object.values(snippets).map((s) => s.body.join('\n'));
    for (const needle of ['connect:StartChatContact', '"aws:SourceIp"', 'aws:ViaAWSService', '"aws:SourceVpc"', '"aws:SourceVpce"', 'connect:StartContactStreaming']) {
      assert.ok(bodies.some((b) => b.includes(needle)), needle);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    void it(`"${name}" expanded with its defaults lints clean`, () => {
      const text = inPolicy(expandWithDefaults(snippet.body));
      assert.deepEqual(validate(text).map((d) => `${d.code}: ${d.message}`), [], text);
    });
  }

  void it('a broken expansion would be caught (the check can fail)', () => {
    const text = inPolicy(expandWithDefaults(snippets['Connect chat backend: StartChatContact on contact flows'].body).replace('/contact-flow/*', ''));
    assert.ok(validate(text).some((d) => d.code === 'connect-start-chat-instance-arn'));
  });
});
