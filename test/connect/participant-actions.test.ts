import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import {
  isParticipantServiceAction,
  PARTICIPANT_SERVICE_APIS,
  PARTICIPANT_SERVICE_PREFIXES,
} from '../../server/service/connect/participantActions';

void describe('Connect Participant Service actions', () => {
  const catalog = loadCatalog();

  void it('flags connect:<participant API> exactly when the catalog has no such Connect IAM action', () => {
    for (const name of PARTICIPANT_SERVICE_APIS) {
      const action = `connect:${name}`;
      assert.equal(isParticipantServiceAction(action), catalog.action(action) === undefined, action);
    }
  });

  void it('flags everything under the invented participant prefixes, which are not IAM services', () => {
    for (const prefix of PARTICIPANT_SERVICE_PREFIXES) {
      assert.equal(catalog.hasService(prefix), false, prefix);
      assert.ok(isParticipantServiceAction(`${prefix}:*`));
      assert.ok(isParticipantServiceAction(`${prefix.toUpperCase()}:SendMessage`));
    }
  });

  void it('is case-insensitive like IAM and leaves real Connect actions alone', () => {
    assert.ok(isParticipantServiceAction('Connect:sendmessage'));
    assert.ok(!isParticipantServiceAction('connect:StartChatContact'));
    assert.ok(!isParticipantServiceAction('connect:DescribeView'));
    assert.ok(!isParticipantServiceAction('SendMessage'));
  });
});
