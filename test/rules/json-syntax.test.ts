import { jsonSyntax } from '../../server/service/rules/json/jsonSyntax';
import { ruleTable } from '../helpers/ruleTable';

/** A policy whose Resource is buried under `depth` arrays: deeper than the service reads. */
const deeplyNested = (depth: number) =>
  `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ${'['.repeat(depth)}"*"${']'.repeat(depth)}}]}`;

ruleTable(jsonSyntax, {
  valid: [
    '{"Version": "2012-10-17", "Statement": []}',
    '{"name": "not a policy", "broken": }',
    { name: 'deep nesting without a Statement is not a policy', code: `{"data": ${'['.repeat(100_000)}1${']'.repeat(100_000)}}` },
  ],
  invalid: [
    { code: '{"Version": "2012-10-17", "Statement": [⟦}⟧⟦⟧', message: /AWS rejects/ },
    { code: '{"Version": "2012-10-17" ⟦"Statement"⟧: []}', message: /comma is expected/ },
    { name: 'a policy nested past the limit is reported, not passed in silence', code: `⟦⟧${deeplyNested(100_000)}`, message: /more than 512 levels deep, so it is not checked/ },
  ],
});
