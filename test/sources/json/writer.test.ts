import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { parseDocument, type ParsedDocument } from '../../../server/service/document/parsedDocument';
import type { SourceNode } from '../../../server/service/sources/types';
import type { TextEdit } from '../../../server/service/text/lineIndex';
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

/** The text after the writer's edits on the node at `path` (a property's value). */
function edit(text: string, path: (string | number)[], write: (doc: ParsedDocument, node: SourceNode) => TextEdit[]): string {
  const doc = parseDocument({ uri: 'file:///p.json', text });
  const node = doc.root && findNodeAtLocation(doc.root, path);
  assert.ok(node, `nothing at ${path.join('.')}`);
  return applyEdits(text, write(doc, node), doc.lines);
}

void describe('JSON writer: lists follow the file layout', () => {
  const onePerLine = '{\n  "Action": [\n    "a:B",\n    "c:D"\n  ],\n  "Resource": "x"\n}';
  const oneLine = '{"Action": ["a:B", "c:D"], "Resource": "x"}';

  void it('appends to a one-line list on its line, and to a multi-line list one item per line', () => {
    assert.equal(edit(oneLine, ['Action'], (doc, n) => doc.writer.appendToList(n, ['e:F'])), '{"Action": ["a:B", "c:D", "e:F"], "Resource": "x"}');
    assert.equal(edit(onePerLine, ['Action'], (doc, n) => doc.writer.appendToList(n, ['e:F', 'g:H'])), '{\n  "Action": [\n    "a:B",\n    "c:D",\n    "e:F",\n    "g:H"\n  ],\n  "Resource": "x"\n}');
  });

  void it('turns a scalar into a list written as the file writes its lists', () => {
    assert.equal(edit(oneLine, ['Resource'], (doc, n) => doc.writer.appendToList(n, ['y'])), '{"Action": ["a:B", "c:D"], "Resource": ["x", "y"]}');
    assert.equal(edit(onePerLine, ['Resource'], (doc, n) => doc.writer.appendToList(n, ['y'])), '{\n  "Action": [\n    "a:B",\n    "c:D"\n  ],\n  "Resource": [\n    "x",\n    "y"\n  ]\n}');
  });

  void it('replaces one item with several, in the list layout; none removes it', () => {
    assert.equal(edit(oneLine, ['Action', 0], (doc, n) => doc.writer.replaceListItem(n, ['x:Y', 'z:W'])), '{"Action": ["x:Y", "z:W", "c:D"], "Resource": "x"}');
    assert.equal(edit(onePerLine, ['Action', 1], (doc, n) => doc.writer.replaceListItem(n, ['x:Y', 'z:W'])), '{\n  "Action": [\n    "a:B",\n    "x:Y",\n    "z:W"\n  ],\n  "Resource": "x"\n}');
    assert.equal(edit(oneLine, ['Action', 0], (doc, n) => doc.writer.replaceListItem(n, [])), '{"Action": ["c:D"], "Resource": "x"}');
    assert.equal(edit(oneLine, ['Resource'], (doc, n) => doc.writer.replaceListItem(n, ['y'])), '{"Action": ["a:B", "c:D"], "Resource": "y"}');
  });

  void it('appends a statement to a multi-line Statement list, indented like the one before it, with tabs when the file uses them', () => {
    const text = '{\n\t"Statement": [\n\t\t{"Effect": "Allow"}\n\t]\n}';
    assert.equal(
      edit(text, ['Statement'], (doc, n) => doc.writer.appendToList(n, [{ Effect: 'Deny', Action: ['a:B'] }])),
      '{\n\t"Statement": [\n\t\t{"Effect": "Allow"},\n\t\t{\n\t\t\t"Effect": "Deny",\n\t\t\t"Action": [\n\t\t\t\t"a:B"\n\t\t\t]\n\t\t}\n\t]\n}',
    );
  });
});

void describe('JSON writer: properties, keys and strings', () => {
  void it('inserts a mapping value laid out like its object: one line in a one-line object, indented in a multi-line one', () => {
    assert.equal(edit('{"A": 1}', [], (doc, n) => doc.writer.insertProperty(n, 'B', { c: 'd' }, 1)), '{"A": 1, "B": {"c": "d"}}');
    assert.equal(edit('{\n  "A": 1\n}', [], (doc, n) => doc.writer.insertProperty(n, 'B', { c: 'd' }, 1)), '{\n  "A": 1,\n  "B": {\n    "c": "d"\n  }\n}');
    assert.equal(edit('{\n  "A": 1\n}', [], (doc, n) => doc.writer.insertProperty(n, 'B', 'x', 0)), '{\n  "B": "x",\n  "A": 1\n}');
  });

  void it('renames a key and removes a property with its comma', () => {
    assert.equal(edit('{"A": 1, "B": 2}', ['A'], (doc, n) => (n.parent ? doc.writer.renameKey(n.parent, 'Z') : [])), '{"Z": 1, "B": 2}');
    assert.equal(edit('{"A": 1, "B": 2}', ['B'], (doc, n) => (n.parent ? doc.writer.removeProperty(n.parent) : [])), '{"A": 1}');
    assert.equal(edit('{"A": 1, "B": 2}', ['A'], (doc, n) => (n.parent ? doc.writer.removeProperty(n.parent) : [])), '{"B": 2}');
  });

  void it('replaces part of a string in place, or the whole literal when escapes shift the offsets or the new text needs them', () => {
    assert.equal(edit('{"A": "arn:aws:s3:::b"}', ['A'], (doc, n) => doc.writer.replaceInString(n, 4, 3, 'aws-cn')), '{"A": "arn:aws-cn:s3:::b"}');
    assert.equal(edit('{"A": "a\\u0062c"}', ['A'], (doc, n) => doc.writer.replaceInString(n, 2, 1, 'Z')), '{"A": "abZ"}');
    assert.equal(edit('{"A": "abc"}', ['A'], (doc, n) => doc.writer.replaceInString(n, 1, 1, '"')), '{"A": "a\\"c"}');
    const doc = parseDocument({ uri: 'file:///p.json', text: '{"A": "a\\u0062c"}' });
    const node = doc.root && findNodeAtLocation(doc.root, ['A']);
    assert.ok(node);
    assert.deepEqual(doc.writer.stringSpan(node, 1, 1), { offset: node.offset, length: node.length });
  });
});
