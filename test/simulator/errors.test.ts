import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFailure, type FailureContext } from '../../server/simulator/errors';
import { redactSecrets } from '../../server/simulator/redact';

const context: FailureContext = { operation: 'SimulateCustomPolicy', profile: 'chat-dev', host: 'iam.amazonaws.com', timeoutMs: 30_000, cancelled: false, timedOut: false };

function withCode(code: string, message = ''): Error {
  return Object.assign(new Error(message), { code });
}

// Failures a loopback server cannot produce: DNS, and what the credential providers throw.
void describe('describeFailure', () => {
  void it('names a DNS failure as no network', () => {
    const failure = describeFailure(withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND iam.amazonaws.com'), context);
    assert.equal(failure.kind, 'network');
    assert.equal(failure.message, `Could not reach AWS IAM at iam.amazonaws.com (ENOTFOUND). Check the network connection, proxy or VPN and run the check again. Connect IAM's offline answers do not need AWS and are unaffected.`);
  });

  void it('reads the network code from the cause when Node wraps it', () => {
    const wrapped = Object.assign(new Error('fetch failed'), { cause: withCode('EAI_AGAIN') });
    assert.equal(describeFailure(wrapped, context).code, 'EAI_AGAIN');
  });

  void it('tells an expired SSO session from missing credentials', () => {
    const expired = Object.assign(new Error('The SSO session associated with this profile has expired or is otherwise invalid.'), { name: 'CredentialsProviderError' });
    const failure = describeFailure(expired, context);
    assert.equal(failure.kind, 'expiredCredentials');
    assert.match(failure.message, /aws sso login --profile chat-dev/);
    const missing = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    assert.equal(describeFailure(missing, context).kind, 'noCredentials');
  });

  void it('reports cancellation over whatever the abort threw', () => {
    const aborted = Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    assert.equal(describeFailure(aborted, { ...context, cancelled: true }).kind, 'cancelled');
    assert.equal(describeFailure(aborted, { ...context, timedOut: true }).kind, 'timeout');
  });
});

void describe('redactSecrets', () => {
  void it('removes header values, key ids and long tokens, and keeps the words around them', () => {
    const text = 'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/iam/aws4_request\nkey ASIAIOSFODNN7EXAMPLE token wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY12 is wrong';
    const redacted = redactSecrets(text);
    assert.doesNotMatch(redacted, /AKIAIOSFODNN7EXAMPLE|ASIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
    assert.match(redacted, /^Authorization: \[redacted\]\nkey \[redacted key id\] token \[redacted\] is wrong$/);
  });
});
