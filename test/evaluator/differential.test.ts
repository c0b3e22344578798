import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { oracleDecision, ourDecision, toPolicySet, toSimulation } from './engines';
import { rewriteDocumentedDifferences } from './oracleRewrites';
import { ACCOUNT, PRINCIPAL, generateCases, type GeneratedCase } from './randomCases';

/**
 * Our evaluator against @cloud-copilot/iam-simulate (AGPL, a devDependency used only here and in
 * bench/) on 10,000 generated requests and policies. The oracle sees each case after the rewrites of
 * the three documented differences (docs/evaluator.md), which keep the meaning under AWS's rules.
 */

const CASES = 10_000;
const SEED = 20261121;
const catalog = loadCatalog();

void describe('differential test against iam-simulate', () => {
  void it(`agrees on every decision of ${CASES} generated cases`, async () => {
    const cases = generateCases(CASES, SEED);
    const disagreements: string[] = [];
    const seen = new Set<string>();
    let rewrittenCases = 0;
    for (const c of cases) {
      const ours = ourDecision(c, toPolicySet(c), catalog);
      const rewritten = rewriteDocumentedDifferences(c);
      // The rewrites claim equivalence: they must not change our own decision.
      if (JSON.stringify(rewritten) !== JSON.stringify(c)) {
        rewrittenCases++;
        assert.equal(ourDecision(rewritten, toPolicySet(rewritten), catalog), ours, `a rewrite changed our decision: ${JSON.stringify(c)}`);
      }
      const theirs = await oracleDecision(toSimulation(rewritten));
      seen.add(ours);
      if (ours !== theirs && disagreements.length < 3) disagreements.push(`ours ${ours}, iam-simulate ${theirs}: ${JSON.stringify(c)}`);
    }
    assert.deepEqual(disagreements, []);
    // The generator must reach every decision, or agreement would prove little.
    assert.deepEqual([...seen].sort(), ['allowed', 'explicitDeny', 'implicitDeny']);
    // The rewrites are exercised (and checked above not to change our decisions).
    assert.ok(rewrittenCases > 0);
  });
});

const FLOW = `arn:aws:connect:us-east-1:${ACCOUNT}:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000`;

function caseWith(condition: Record<string, Record<string, string | string[]>>, context: Record<string, string>): GeneratedCase {
  return {
    request: { action: 'connect:StartChatContact', resource: FLOW, principal: PRINCIPAL, context },
    identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: FLOW, Condition: condition }] }],
  };
}

/** Each documented difference is real (the oracle disagrees before the rewrite) and the rewrite alone removes it. */
const DIFFERENCES: [string, GeneratedCase][] = [
  ['0.0.0.0/0 holds every IPv4 address', caseWith({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, { 'aws:SourceIp': '198.51.100.7' })],
  ['an IPv6 address is not a bare IPv4 address', caseWith({ NotIpAddress: { 'aws:SourceIp': '203.0.113.9' } }, { 'aws:SourceIp': '2001:db8::1' })],
  ['ForAnyValue:...IfExists holds when the key is missing', caseWith({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } }, {})],
];

void describe('documented differences from iam-simulate', () => {
  for (const [name, c] of DIFFERENCES) {
    void it(name, async () => {
      assert.equal(ourDecision(c, toPolicySet(c), catalog), 'allowed');
      assert.equal(await oracleDecision(toSimulation(c)), 'implicitDeny');
      assert.equal(await oracleDecision(toSimulation(rewriteDocumentedDifferences(c))), 'allowed');
    });
  }
});
