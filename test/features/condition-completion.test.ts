import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from '../../server/service/features/types';
import type { ServiceOptions } from '../../server/service/options';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { withCondition } from '../conditions/statement';
import { conditionCompletion } from '../../server/service/features/completion/conditionCompletion';
import { withDefaults } from '../../server/service/options';
import { featureContextAt } from '../helpers/featureContext';
import { service, validate, withCursor } from '../helpers/service';

/** This area's provider alone, so other providers' items do not blur what is asserted. */
function completeAt(marked: string, options?: Partial<ServiceOptions>): { text: string; items: CompletionItem[] } {
  const { text, context } = featureContextAt(marked);
  return { text, items: conditionCompletion({ ...context, options: withDefaults(options) }) };
}

function accept(marked: string, label: string): string {
  const { text, items } = completeAt(marked);
  const item = items.find((i) => i.label === label);
  assert.ok(item?.textEdit, `no ${label}`);
  return applyEdits(text, [item.textEdit], new LineIndex(text));
}

const INSTANCE = 'a1b2c3d4-5678-90ab-cdef-0123456789ab';

void describe('condition completion', () => {
  void it('is registered: the service offers operators in a Condition', () => {
    const { text, position } = withCursor(withCondition('{"IpAdd¦": {}}'));
    const labels = service().complete({ uri: 'file:///test/policy.json', text, languageId: 'json' }, position).map((i) => i.label);
    assert.ok(labels.includes('IpAddress'));
  });

  void it('offers operators as Condition keys: bases first, then IfExists, then qualified forms', () => {
    const { items } = completeAt(withCondition('{"Str¦": {}}'));
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('StringEquals') && labels.includes('StringLikeIfExists') && labels.includes('ForAnyValue:StringLike'));
    assert.ok(!labels.includes('NullIfExists'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.ok(sorted.indexOf('StringEquals') < sorted.indexOf('StringEqualsIfExists'));
    assert.ok(sorted.indexOf('StringEqualsIfExists') < sorted.indexOf('ForAnyValue:StringEquals'));
    assert.equal(accept(withCondition('{"IpAdd¦": {}}'), 'IpAddress'), withCondition('{"IpAddress": {}}'));
  });

  void it('offers the statement\'s actions\' keys before the global keys', () => {
    const { items } = completeAt(withCondition('{"StringEquals": {"¦": "x"}}'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.equal(sorted[0], 'aws:ResourceTag/${TagKey}');
    assert.ok(sorted.indexOf('connect:InstanceId') < sorted.indexOf('aws:SourceIp'));
    assert.ok(sorted.includes('aws:SourceVpce'));
    assert.equal(new Set(sorted.map((l) => l.toLowerCase())).size, sorted.length, 'no duplicates');
  });

  void it('offers the keys listed on the action\'s resource-type rows', () => {
    const labels = completeAt(withCondition('{"StringEquals": {"¦": "x"}}', { action: '"fsx:CreateVolume"' })).items.map((i) => i.label);
    assert.ok(labels.includes('fsx:ParentVolumeId'));
  });

  void it('puts keys the operator cannot compare last', () => {
    const { items } = completeAt(withCondition('{"IpAddress": {"¦": "203.0.113.0/24"}}'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 3), ['aws:Ec2InstanceSourcePrivateIPv4', 'aws:SourceIp', 'aws:VpcSourceIp']);
    assert.ok(sorted.indexOf('aws:SourceIp') < sorted.indexOf('connect:InstanceId'));
  });

  void it('inserts a pattern key up to its placeholder', () => {
    assert.equal(accept(withCondition('{"StringEquals": {"aws:Res¦": "x"}}'), 'aws:ResourceTag/${TagKey}'), withCondition('{"StringEquals": {"aws:ResourceTag/": "x"}}'));
  });

  void it('offers true and false for Bool and Null values', () => {
    assert.deepEqual(completeAt(withCondition('{"Bool": {"aws:SecureTransport": "¦"}}')).items.map((i) => i.label), ['true', 'false']);
    assert.deepEqual(completeAt(withCondition('{"Null": {"aws:SourceVpce": ["¦"]}}')).items.map((i) => i.detail), ['the key is absent', 'the key is present']);
  });

  void it('offers the document\'s Connect instance IDs for connect:InstanceId', () => {
    const resource = `"arn:aws:connect:us-east-1:111122223333:instance/${INSTANCE}/contact-flow/*"`;
    const { items } = completeAt(withCondition('{"StringEquals": {"connect:InstanceId": "¦"}}', { resource }));
    assert.deepEqual(items.map((i) => i.label), [INSTANCE]);
    const other = 'ffffffff-5678-90ab-cdef-0123456789ab';
    const twoStatements = withCondition('{"StringEquals": {"connect:InstanceId": "¦"}}', { resource }).replace(
      '"Statement": [\n    ',
      `"Statement": [\n    {"Effect": "Allow", "Action": "connect:DescribeContact", "Resource": "arn:aws:connect:us-east-1:111122223333:instance/${other}/contact/*"},\n    `,
    );
    const ordered = completeAt(twoStatements).items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(ordered.map((i) => i.label), [INSTANCE, other], "the statement's own instance first");
    const configured = completeAt(withCondition('{"StringEquals": {"connect:instanceid": "¦"}}'), {
      connect: { instanceArn: 'arn:aws:connect:eu-west-2:111122223333:instance/00000000-1111-2222-3333-444444444444' },
    });
    assert.deepEqual(configured.items.map((i) => i.label), ['00000000-1111-2222-3333-444444444444']);
  });

  void it('offers aws:SourceIp values as CIDR forms in documentation ranges, saying private ranges never match', () => {
    const { items } = completeAt(withCondition('{"IpAddress": {"aws:SourceIp": ["¦"]}}'));
    assert.deepEqual(items.map((i) => i.label), ['IPv4 range (CIDR)', 'One IPv4 address', 'IPv6 range (CIDR)']);
    assert.ok(items.every((i) => i.isSnippet && i.documentation?.includes('192.168.0.0/16') && i.documentation.includes('never match')));
    assert.equal(accept(withCondition('{"NotIpAddress": {"aws:sourceip": "¦"}}'), 'IPv4 range (CIDR)'), withCondition('{"NotIpAddress": {"aws:sourceip": "${1:203.0.113.0}/${2:24}"}}'));
    // What the snippet writes, with its placeholders as they stand, is no finding of condition-sourceip-private.
    const written = withCondition('{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "203.0.113.10/32", "2001:db8:1234::/48"]}}');
    const codes = validate(written).map((d) => d.code);
    assert.ok(!codes.some((c) => String(c).startsWith('condition-')), codes.join(', '));
  });

  void it('offers the public aws:SourceIp blocks the document already names first', () => {
    const { items } = completeAt(withCondition('{"IpAddress": {"aws:SourceIp": ["52.95.110.0/24", "10.0.0.0/8", "¦"]}}'));
    assert.deepEqual(items.map((i) => i.label).slice(0, 2), ['52.95.110.0/24', 'IPv4 range (CIDR)'], 'the private 10.0.0.0/8 is not offered');
  });

  void it('offers VPC ranges for aws:VpcSourceIp and nothing when the operator does not compare addresses', () => {
    const vpc = completeAt(withCondition('{"IpAddress": {"aws:VpcSourceIp": "¦"}}')).items;
    assert.ok(vpc.length > 0 && vpc.every((i) => i.textEdit?.newText.includes('10.0.')));
    assert.deepEqual(completeAt(withCondition('{"StringEquals": {"aws:SourceIp": "¦"}}')).items, []);
  });

  void it('offers nothing for other values', () => {
    assert.deepEqual(completeAt(withCondition('{"StringEquals": {"aws:SourceVpce": "¦"}}')).items, []);
  });
});
