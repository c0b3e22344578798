import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPolicyVariables } from '../../server/service/conditions/policyVariables';

void describe('policy variables', () => {
  void it('finds keys, defaults and escapes with their offsets', () => {
    const text = "home/${aws:username}/${aws:PrincipalTag/team, 'none'}/${*}";
    assert.deepEqual(findPolicyVariables(text), [
      { offset: 5, length: 15, key: 'aws:username' },
      { offset: 21, length: 32, key: 'aws:PrincipalTag/team', defaultValue: 'none' },
      { offset: 54, length: 4, escape: '*' },
    ]);
  });

  void it('reports malformed variables', () => {
    const errors = (t: string) => findPolicyVariables(t).map((v) => v.error);
    assert.match(errors('a/${aws:username')[0] ?? '', /not closed/);
    assert.match(errors('a/${}')[0] ?? '', /names no condition key/);
    assert.match(errors('a/${user name}')[0] ?? '', /not a condition key name/);
    assert.match(errors('a/${aws:username, none}')[0] ?? '', /single quotes/);
    assert.deepEqual(errors('no variables $ here {}'), []);
  });
});
