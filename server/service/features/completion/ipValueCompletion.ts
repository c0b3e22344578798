import type { Catalog } from '../../catalog/catalog';
import { nonPublicRange, parseIpBlock } from '../../conditions/ip';
import { resolveConditionKey } from '../../conditions/keys';
import { knownKeysOf } from '../../conditions/walk';
import type { ParsedDocument } from '../../document/parsedDocument';
import type { Range } from '../../text/lineIndex';
import type { CompletionItem } from '../types';

interface IpForm {
  label: string;
  detail: string;
  /** A snippet whose placeholders sit in documentation ranges, which no rule mistakes for a real address. */
  snippet: string;
}

const SOURCE_IP_NOTE =
  '`aws:SourceIp` holds the public address the request came from. Private and reserved ranges ' +
  '(10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7, ...) never match: requests from the ' +
  'internet carry their public address, and requests through a VPC endpoint carry no `aws:SourceIp` at all ' +
  '(compare `aws:VpcSourceIp` there).';

const VPC_SOURCE_IP_NOTE =
  '`aws:VpcSourceIp` holds the address inside your VPC the request came from, usually a private one; it is ' +
  'present only when the request comes through a VPC endpoint (pair it with `aws:SourceVpc` or `aws:SourceVpce`).';

const PUBLIC_FORMS: IpForm[] = [
  { label: 'IPv4 range (CIDR)', detail: 'a.b.c.d/prefix, such as your office\'s public range', snippet: '${1:203.0.113.0}/${2:24}' },
  { label: 'One IPv4 address', detail: 'a.b.c.d/32', snippet: '${1:203.0.113.10}/32' },
  { label: 'IPv6 range (CIDR)', detail: 'IPv6 prefix in CIDR form', snippet: '${1:2001:db8:1234::}/${2:48}' },
];

const VPC_FORMS: IpForm[] = [
  { label: 'IPv4 range in the VPC (CIDR)', detail: 'a.b.c.d/prefix, such as a subnet\'s range', snippet: '${1:10.0.0.0}/${2:16}' },
  { label: 'One IPv4 address in the VPC', detail: 'a.b.c.d/32', snippet: '${1:10.0.1.10}/32' },
];

/** The public aws:SourceIp blocks the document already names, so one policy's office range is one keystroke away in the next. */
function documentSourceIps(doc: ParsedDocument, catalog: Catalog): string[] {
  const found = new Set<string>();
  for (const key of knownKeysOf(doc)) {
    if (key.operator.parsed.info?.family !== 'IpAddress' || resolveConditionKey(catalog, key.name)?.name !== 'aws:SourceIp') continue;
    for (const { text } of key.values) {
      const parsed = text === undefined ? undefined : parseIpBlock(text);
      if (parsed?.ok && !nonPublicRange(parsed.block)) found.add(text as string);
    }
  }
  return [...found];
}

/** Values for aws:SourceIp and aws:VpcSourceIp under an IpAddress operator: the CIDR forms, with what each key can hold. */
export function ipValueItems(doc: ParsedDocument, catalog: Catalog, keyName: string, range: Range): CompletionItem[] {
  const key = resolveConditionKey(catalog, keyName)?.name;
  if (key !== 'aws:SourceIp' && key !== 'aws:VpcSourceIp') return [];
  const note = key === 'aws:SourceIp' ? SOURCE_IP_NOTE : VPC_SOURCE_IP_NOTE;
  const named = key === 'aws:SourceIp' ? documentSourceIps(doc, catalog) : [];
  const namedItems = named.map((value, i): CompletionItem => ({
    label: value,
    kind: 'value',
    detail: 'aws:SourceIp value named in this document',
    documentation: note,
    sortText: `0${String(i).padStart(3, '0')}`,
    textEdit: { range, newText: value },
  }));
  const forms = (key === 'aws:SourceIp' ? PUBLIC_FORMS : VPC_FORMS).map((form, i): CompletionItem => ({
    label: form.label,
    kind: 'snippet',
    detail: form.detail,
    documentation: note,
    sortText: `1${i}`,
    // The client filters on what is typed so far: a digit or a colon, never the label's words.
    filterText: form.snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1'),
    textEdit: { range, newText: form.snippet },
    isSnippet: true,
  }));
  return [...namedItems, ...forms];
}
