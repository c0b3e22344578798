import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasWildcard, matchesWildcard, wildcardToRegExp } from '../../server/service/text/wildcard';

void describe('IAM wildcard matching', () => {
  void it('* matches any run of characters, including none', () => {
    assert.ok(matchesWildcard('connect:Start*', 'connect:StartChatContact'));
    assert.ok(matchesWildcard('connect:Start*', 'connect:Start'));
    assert.ok(matchesWildcard('*', ''));
    assert.ok(!matchesWildcard('connect:Start*', 'connect:StopContact'));
  });

  void it('? matches exactly one character', () => {
    assert.ok(matchesWildcard('s3:Get?bject', 's3:GetObject'));
    assert.ok(!matchesWildcard('s3:Get?bject', 's3:Getbject'));
    assert.ok(!matchesWildcard('s3:Get?bject', 's3:GetOObject'));
  });

  void it('treats every other character literally, RegExp syntax included', () => {
    assert.ok(matchesWildcard('arn:aws:s3:::a.b/(x)+[y]$', 'arn:aws:s3:::a.b/(x)+[y]$'));
    assert.ok(!matchesWildcard('arn:aws:s3:::a.b*', 'arn:aws:s3:::aXb'));
    assert.ok(matchesWildcard('${aws:username}/*', '${aws:username}/photo'));
  });

  void it('is case-sensitive unless asked otherwise', () => {
    assert.ok(!matchesWildcard('connect:start*', 'connect:StartChatContact'));
    assert.ok(matchesWildcard('connect:start*', 'connect:StartChatContact', true));
    assert.ok(!matchesWildcard('s3:getobject', 's3:GetObject'));
    assert.ok(matchesWildcard('s3:getobject', 's3:GetObject', true));
  });

  void it('anchors the whole value and spans line breaks', () => {
    assert.ok(!matchesWildcard('Get', 'GetObject'));
    assert.ok(matchesWildcard('a*b', 'a\nb'));
  });

  void it('compiles each pattern once per case mode', () => {
    assert.equal(wildcardToRegExp('x*', { caseInsensitive: true }), wildcardToRegExp('x*', { caseInsensitive: true }));
    assert.notEqual(wildcardToRegExp('x*'), wildcardToRegExp('x*', { caseInsensitive: true }));
  });

  void it('tells patterns from plain names', () => {
    assert.ok(hasWildcard('s3:*'));
    assert.ok(hasWildcard('s3:Get?'));
    assert.ok(!hasWildcard('s3:GetObject'));
  });
});
