import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/service/text/lineIndex';
import { validate } from '../helpers/service';

void describe('small hostile inputs', () => {
  void it('an offset between \\r and \\n is placed at the end of its line, not one past it', () => {
    const lines = new LineIndex('{"a\\\r\n}');
    assert.deepEqual(lines.positionAt(4), { line: 0, character: 4 });
    assert.deepEqual(lines.positionAt(5), { line: 0, character: 4 });
    assert.deepEqual(lines.positionAt(6), { line: 1, character: 0 });
  });

  void it('json-syntax ranges after a backslash before CRLF stay inside the line', () => {
    const text = '{\r\n  "Version": "2012-10-17\\\r\n}';
    const lineLengths = text.split(/\r\n|\r|\n/).map((line) => line.length);
    for (const d of validate(text)) {
      for (const p of [d.range.start, d.range.end]) assert.ok(p.character <= lineLengths[p.line], `${d.code} ${JSON.stringify(d.range)} is past line ${p.line}`);
    }
  });

  void it('messages quote long values cut: a 1 MB action name does not make a 1 MB message', () => {
    const name = `s3:${'A'.repeat(1024 * 1024)}`;
    const diagnostics = validate(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: name, Resource: '*' }] }));
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) assert.ok(d.message.length < 2000, `${d.code}: ${d.message.length} characters`);
    assert.ok(diagnostics.some((d) => /"… \(1048576 characters\)/.test(d.message)), 'a cut value says how long it was');
  });

  void it('a long message of short quoted values is left whole: only a long value is cut, not the text between two', () => {
    const diagnostics = validate(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec:DescribeInstances', Resource: '*' }] }));
    const unknown = diagnostics.find((d) => d.code === 'action-unknown-service');
    assert.ok(unknown && unknown.message.length > 320, 'the finding needs a message long enough to be scanned for long values');
    assert.doesNotMatch(unknown.message, /characters\)/);
  });

  void it('a byte-order mark before the JSON is not a syntax error, as in the CLI', () => {
    const text = '\uFEFF{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    assert.deepEqual(validate(text).filter((d) => d.code.startsWith('json-')), []);
  });
});
