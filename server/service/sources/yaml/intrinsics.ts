/**
 * CloudFormation's YAML short forms and the long form each stands for, from the intrinsic function
 * reference: `!Ref X` is `{"Ref": X}`, `!Sub s` is `{"Fn::Sub": s}`, and so on. The parser turns a
 * tagged node into that one-key mapping, so everything above the source layer sees the JSON shape.
 */
const LONG_FORMS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...['Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs', 'And', 'Or', 'Not', 'Equals', 'Transform'].map(
    (name): [string, string] => [`!${name}`, `Fn::${name}`],
  ),
]);

/** The long-form key for a short-form tag such as "!GetAtt", or undefined for any other tag. */
export function intrinsicKeyOfTag(tag: string | undefined): string | undefined {
  return tag === undefined ? undefined : LONG_FORMS.get(tag);
}
