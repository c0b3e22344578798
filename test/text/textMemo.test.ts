import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownCopy, TextMemo } from '../../server/service/text/textMemo';

/** A full garbage collection, without starting the test process with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** A document-sized text of its own (not a literal, which the engine keeps for the program's life), and its start. */
function bigText(megabytes: number): { text: string; start: string } {
  const start = `arn:aws:s3:::bucket-${Math.random()}/`;
  return { text: start.padEnd(megabytes * 2 ** 20, 'x'), start };
}

/** Remembers an answer by a key cut from a new 32 MB text, and lets go of everything but the memo. */
function rememberCutFromBigText(memo: TextMemo<string>): string {
  const { text, start } = bigText(32);
  memo.getOrCompute(text.slice(0, start.length), (copy) => copy.slice(4, 40));
  return start;
}

void describe('TextMemo', () => {
  void it('remembers answers by text, and starts over past its bound', () => {
    const memo = new TextMemo<number>(2);
    assert.equal(memo.set('a', 1), 1);
    memo.set('b', 2);
    assert.equal(memo.get('a'), 1);
    assert.ok(memo.has('b'));
    memo.set('c', 3);
    assert.equal(memo.get('a'), undefined);
    assert.equal(memo.get('c'), 3);
  });

  void it('computes an answer once, undefined answers included', () => {
    const memo = new TextMemo<string | undefined>(10);
    let calls = 0;
    const compute = (copy: string) => {
      calls++;
      return copy === 'known' ? copy.toUpperCase() : undefined;
    };
    assert.equal(memo.getOrCompute('known', compute), 'KNOWN');
    assert.equal(memo.getOrCompute('known', compute), 'KNOWN');
    assert.equal(memo.getOrCompute('other', compute), undefined);
    assert.equal(memo.getOrCompute('other', compute), undefined);
    assert.equal(calls, 2);
  });

  void it('does not keep alive the text its keys and answers were cut from', () => {
    const memo = new TextMemo<string>(10);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const key = rememberCutFromBigText(memo);
    collectGarbage();
    // A view of the 32 MB text held by the memo would keep all of it.
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 8 * 2 ** 20, `heap grew by ${(grown / 2 ** 20).toFixed(1)} MiB`);
    assert.equal(memo.get(key), key.slice(4, 40));
  });
});

void describe('ownCopy', () => {
  void it('keeps the characters', () => {
    const { text } = bigText(1);
    for (const [start, end] of [[0, 5], [3, 40], [100, 5000]]) assert.equal(ownCopy(text.slice(start, end)), text.slice(start, end));
  });
});
