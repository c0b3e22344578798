import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionInputProblem } from '../../client/actionInput';

void describe('the action typed into Explain access...', () => {
  void it('is accepted when it names an action the catalog offered, in any case', () => {
    assert.equal(actionInputProblem('connect:StartChatContact', ['connect:StartChatContact']), undefined);
    assert.equal(actionInputProblem(' connect:startchatcontact ', ['connect:StartChatContact']), undefined);
  });

  void it('is refused, with the reason and the nearest action, when it is not service:Action', () => {
    assert.equal(
      actionInputProblem('StartChat', ['connect:StartChatContact']),
      '"StartChat" is not an action: write service:Action, such as connect:StartChatContact. Did you mean connect:StartChatContact?',
    );
    assert.match(actionInputProblem('connect:Start*', []) ?? '', /is a pattern; a request names one action/);
  });

  void it('is refused when the service or action is not in the AWS data', () => {
    assert.equal(actionInputProblem('connect:StartChat', ['connect:StartChatContact']), 'connect:StartChat is not an action in the AWS data. Did you mean connect:StartChatContact?');
    assert.equal(actionInputProblem('nosuch:Thing', []), 'nosuch:Thing is not an action in the AWS data.');
  });
});
