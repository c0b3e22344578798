import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { installedRuleDocs } from '../../server/ruleDocsLocation';
import { policy, validate } from '../helpers/service';

const BROKEN = policy('{ "Effect": "allow", "Action": "connect:StartChatContact", "Resource": "*" }', '{ "Effect": "Allow", "Action": "connect:DescribeContacts", "Resource": "*" }');

void describe('rule docs links', () => {
  void it('link each diagnostic to <ruleDocsBase><rule id>.md', () => {
    const found = validate(BROKEN, { ruleDocsBase: 'file:///opt/connect-iam/docs/rules/' });
    assert.ok(found.length >= 2, found.map((d) => d.code).join(', '));
    for (const d of found) assert.equal(d.codeDescription?.href, `file:///opt/connect-iam/docs/rules/${d.code}.md`);
  });

  void it('are left out when nobody said where the pages are (the service does not guess)', () => {
    const found = validate(BROKEN);
    assert.ok(found.length > 0);
    assert.deepEqual(
      found.filter((d) => d.codeDescription !== undefined),
      [],
    );
  });

  void it('point at pages that exist in the installed docs folder, as file: URIs opened without network', () => {
    const docs = installedRuleDocs();
    assert.ok(docs, 'docs/rules is found beside the sources');
    assert.match(docs.baseUri, /^file:\/\/\/.*\/docs\/rules\/$/);
    for (const d of validate(BROKEN, { ruleDocsBase: docs.baseUri })) {
      const href = d.codeDescription?.href ?? '';
      assert.ok(existsSync(fileURLToPath(href)), `${d.code}: ${href} does not exist`);
    }
  });
});
