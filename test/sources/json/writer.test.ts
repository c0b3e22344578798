import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { parseDocument } from '../../../server/service/document/parsedDocument';
import { applyEdits } from '../../../server/service/text/edits';

function removeAt(text: string, path: (string | number)[]): string {
  const doc = parseDocument({ uri: 'file:///p.json', text });
  const list = doc.root && findNodeAtLocation(doc.root, path.slice(0, -1));
  assert.ok(list);
  return applyEdits(text, doc.writer.removeListItems(list, [path[path.length - 1] as number]), doc.lines);
}

void describe('JSON writer: removeListItems of one element', () => {
  void it('keeps a one-line object on one line and valid when the last element goes', () => {
    const text = '{"Statement": [{"Effect": "Allow", "Action": ["a:B", "c:D"], "Resource": "*"}]}';
    const result = removeAt(text, ['Statement', 0, 'Action', 1]);
    assert.equal(result, '{"Statement": [{"Effect": "Allow", "Action": ["a:B"], "Resource": "*"}]}');
  });

  void it('touches only the element and its comma, first, middle or only element', () => {
    assert.equal(removeAt('{"A": ["x", "y", "z"], "B": 1}', ['A', 0]), '{"A": ["y", "z"], "B": 1}');
    assert.equal(removeAt('{"A": ["x", "y", "z"], "B": 1}', ['A', 1]), '{"A": ["x", "z"], "B": 1}');
    assert.equal(removeAt('{"A": ["x"], "B": 1}', ['A', 0]), '{"A": [], "B": 1}');
    assert.equal(removeAt('{\n  "A": [\n    "x",\n    "y"\n  ]\n}', ['A', 1]), '{\n  "A": [\n    "x"\n  ]\n}');
  });

  void it('leaves valid JSON for every element of one-line and multi-line arrays', () => {
    for (const text of ['{"S": [{"A": ["a", "b", "c"], "R": "*"}]}', '{\n  "S": [{"A": ["a", "b", "c"], "R": "*"}]\n}']) {
      for (let i = 0; i < 3; i++) {
        const result = removeAt(text, ['S', 0, 'A', i]);
        const errors: unknown[] = [];
        const tree = parseTree(result, errors as never);
        assert.deepEqual(errors, [], result);
        assert.deepEqual(tree?.children?.[0].children?.[1].children?.[0].children?.[0].children?.[1].children?.map((c) => c.value), ['a', 'b', 'c'].filter((_, j) => j !== i));
      }
    }
  });
});

void describe('JSON writer: removeListItems', () => {
  void it('removes runs of neighbours as non-overlapping edits', () => {
    const text = '["a", "b", "c", "d", "e"]';
    const doc = parseDocument({ uri: 'file:///p.json', text, version: undefined }, true);
    const array = doc.root;
    assert.ok(array);
    assert.equal(applyEdits(text, doc.writer.removeListItems(array, [1, 2, 4]), doc.lines), '["a", "d"]');
    assert.equal(applyEdits(text, doc.writer.removeListItems(array, [0, 1, 2, 3, 4]), doc.lines), '[]');
  });
});
