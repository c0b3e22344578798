'use strict';
/**
 * The peer of `connect-iam test` as a whole process: iam-simulate (a devDependency, used only from
 * test/ and bench/) deciding the requests of a connect-iam.tests.json file. It does the same job as
 * the CLI: read the assertions and the identity policies they name, decide every request, compare the
 * decision with the expectation and print a summary. Plain CommonJS, so no TypeScript loader is part
 * of the figure. Only identity policies are read (the benchmark's assertions name no other kind).
 *
 * usage: node bench/peers/iam-simulate-assertions.js FILE [--decisions]
 *   --decisions  print every request's decision as a JSON array instead of the summary
 */
const { readFileSync } = require('node:fs');
const { dirname, resolve } = require('node:path');
const { runSimulation } = require('@cloud-copilot/iam-simulate');

const DECISIONS = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' };

/** The account of the resource: its ARN's account field, else the caller's (same-account requests). */
function accountOf(request) {
  const account = request.resource.split(':')[4];
  return account || request.principal.split(':')[4];
}

function simulation(request, policy) {
  return {
    request: {
      principal: request.principal,
      action: request.action,
      resource: { resource: request.resource, accountId: accountOf(request) },
      contextVariables: request.context ?? {},
    },
    identityPolicies: [{ name: 'identity', policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
}

const met = (expect, decision) => (expect === 'denied' ? decision !== 'allowed' : expect === decision);

async function main() {
  const [file, flag] = process.argv.slice(2);
  const tests = JSON.parse(readFileSync(file, 'utf8')).tests;
  const decisions = [];
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const policy = JSON.parse(readFileSync(resolve(dirname(file), test.policy), 'utf8'));
    for (const request of test.requests) {
      const result = await runSimulation(simulation(request, policy), {});
      const decision = result.resultType === 'error' ? 'error' : DECISIONS[result.overallResult];
      decisions.push(decision);
      if (met(request.expect, decision)) passed++;
      else failed++;
    }
  }
  process.stdout.write(flag === '--decisions' ? `${JSON.stringify(decisions)}\n` : `${passed} passed, ${failed} failed.\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
});
