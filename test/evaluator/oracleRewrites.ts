import type { GeneratedCase, Policy } from './randomCases';

/**
 * The documented differences (docs/evaluator.md) between our evaluator and iam-simulate 0.1.173, as
 * rewrites of a case into one that means the same under AWS's documented semantics and that the
 * oracle evaluates that way. A disagreement that a rewrite removes is that difference and nothing else.
 *
 * 1. "0.0.0.0/0" (and "::/0"): the oracle computes the mask as -1 << 32, which JavaScript reads as
 *    -1 << 0, so only 0.0.0.0 is "in" the range. The halves 0.0.0.0/1 and 128.0.0.0/1 cover the same
 *    addresses.
 * 2. A bare address ("203.0.113.9", no prefix) under NotIpAddress against an address of the other IP
 *    version: the oracle tests `isV4(request) && (equal == expectInCidr)`, which is false, so the
 *    operator fails. The same address written "/32" (or "/128") takes its CIDR path, which is right.
 * 3. ForAnyValue:...IfExists on a key missing from the request: AWS says of every ...IfExists
 *    operator "If the key is not present, evaluate the condition element as true"; the oracle checks
 *    ForAnyValue first and returns false. A condition that holds can be dropped.
 */
export function rewriteDocumentedDifferences(c: GeneratedCase): GeneratedCase {
  const present = new Set(Object.keys(c.request.context).map((k) => k.toLowerCase()));
  const policy = (p: Policy | undefined): Policy | undefined => p && rewritePolicy(p, present);
  return {
    ...c,
    identity: c.identity.map((p) => rewritePolicy(p, present)),
    resourcePolicy: policy(c.resourcePolicy),
    boundary: policy(c.boundary),
    scps: c.scps?.map((p) => rewritePolicy(p, present)),
  };
}

type Block = Record<string, string | string[]>;

const IP_OPERATOR = /^(For(All|Any)Values?:)?(Not)?IpAddress(IfExists)?$/i;
const ANY_VALUE_IF_EXISTS = /^ForAnyValue:.+IfExists$/i;

function rewritePolicy(p: Policy, present: Set<string>): Policy {
  return {
    ...p,
    Statement: p.Statement.map((s) => {
      if (!s.Condition) return s;
      const condition: Record<string, Block> = {};
      for (const [operator, block] of Object.entries(s.Condition as Record<string, Block>)) {
        const kept = Object.entries(block).filter(([key]) => !(ANY_VALUE_IF_EXISTS.test(operator) && !present.has(key.toLowerCase())));
        if (kept.length === 0) continue;
        condition[operator] = Object.fromEntries(IP_OPERATOR.test(operator) ? kept.map(([k, v]) => [k, [v].flat().flatMap(equivalentBlocks)]) : kept);
      }
      const rest = { ...s };
      delete rest.Condition;
      return Object.keys(condition).length > 0 ? { ...rest, Condition: condition } : rest;
    }),
  };
}

function equivalentBlocks(value: string): string[] {
  if (value === '0.0.0.0/0') return ['0.0.0.0/1', '128.0.0.0/1'];
  if (value === '::/0') return ['::/1', '8000::/1'];
  if (!value.includes('/')) return [`${value}/${value.includes(':') ? 128 : 32}`];
  return [value];
}
