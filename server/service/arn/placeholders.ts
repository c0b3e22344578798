import { resourceSegments, type ArnPart, type ParsedArn } from './parseArn';
import { ownCopy, TextMemo } from '../text/textMemo';

/**
 * Placeholders left in an ARN copied from documentation or a blog post. AWS accepts them as literal
 * text, so the statement silently matches nothing.
 */

export interface Placeholder {
  text: string;
  /** Offset inside the ARN text. */
  offset: number;
  /** Which part of the ARN it stands for, when known: decides what a fix can fill in. */
  stands?: 'partition' | 'region' | 'account' | 'instance';
}

/** `${aws:username}`, `${s3:prefix}`: IAM policy variables (one colon), and the escapes `${*}`, `${?}`, `${$}`. */
const POLICY_VARIABLE = /^\$\{([A-Za-z0-9-]+:[^:}]+|[*?$])\}$/;
/** `${AWS::Region}`, `${AWS::AccountId}`: CloudFormation pseudo parameters (two colons). */
const CLOUDFORMATION_VARIABLE = /^\$\{[A-Za-z0-9]+::[A-Za-z0-9]+\}$/;

const MARKUP = /<[^<>\s]+>|\$\{[^}]*\}|\{\{?[^{}]+\}?\}/g;
/** ACCOUNT_ID, INSTANCE_ID, AWS_REGION: capitals joined by underscores. */
const CAPITAL_WORDS = /(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9])/g;
/**
 * In resource paths, real names can be capitals too (an SSM parameter MY_APP/DB_PASSWORD), so there a
 * capital word counts only when it names what belongs there: INSTANCE_ID, FLOW_ID, YOUR_BUCKET_NAME.
 */
const NAMING_PART = /(^|_)(ID|ACCOUNT|REGION|PARTITION|INSTANCE|YOUR|NAME|ARN)(_|$)/;
/** A whole partition, region or account field that only names what belongs there: "REGION", "your-account-id". */
const FIELD_WORD = /^(?:your|my|aws|the)?[-_]?(partition|region(?:[-_]?name)?|account(?:[-_]?(?:id|number))?|x{12})$/i;
/** A whole path segment naming an ID: "instance-id", "your_flow_id" (but not the segment names "instance", "contact-flow"). */
const ID_WORD = /^(?:your|my|the)?[-_]?((?:connect[-_]?)?instance|(?:contact[-_]?)?flow|queue|agent|user|contact)[-_]?id$/i;

function standsFor(word: string): Placeholder['stands'] {
  const w = word.toLowerCase();
  if (w.includes('partition')) return 'partition';
  if (w.includes('region')) return 'region';
  if (w.includes('account') || /^x{12}$/.test(w)) return 'account';
  if (w.includes('instance')) return 'instance';
  return undefined;
}

/** True for a `${...}` that AWS or CloudFormation resolves, so it is not a leftover placeholder. */
export function isResolvedVariable(text: string): boolean {
  return POLICY_VARIABLE.test(text) || CLOUDFORMATION_VARIABLE.test(text);
}

function fieldPlaceholder(part: ArnPart, stands: Placeholder['stands'], words: RegExp): Placeholder | undefined {
  const match = words.exec(part.text);
  if (!match) return undefined;
  return { text: part.text, offset: part.offset, stands: stands ?? standsFor(match[1]) };
}

/** Answers by ARN text (offsets are relative to it), so that each keystroke reuses the last one's. */
const memo = new TextMemo<Placeholder[]>(2000);

/** Every placeholder in a parsed ARN, in text order, without overlaps. */
export function arnPlaceholders(arn: ParsedArn): Placeholder[] {
  // A placeholder's text is cut from the ARN: from a copy, so that the memo does not hold the document.
  return memo.get(arn.text) ?? memo.set(arn.text, findPlaceholders(arn).map((placeholder) => ({ ...placeholder, text: ownCopy(placeholder.text) })));
}

/**
 * ID_WORD ends in "id" (any case); testing the last two characters first spares the RegExp for almost
 * every path segment.
 */
function mayNameId(text: string): boolean {
  const n = text.length;
  return n >= 2 && (text.charCodeAt(n - 2) | 32) === 105 && (text.charCodeAt(n - 1) | 32) === 100;
}

function findPlaceholders(arn: ParsedArn): Placeholder[] {
  const found: Placeholder[] = [];
  scanPart(found, arn.partition, 'partition', FIELD_WORD);
  scanPart(found, arn.region, 'region', FIELD_WORD);
  scanPart(found, arn.account, 'account', FIELD_WORD);
  const segments = resourceSegments(arn);
  const instanceIdIndex = arn.service.text === 'connect' && segments[0]?.text === 'instance' ? 1 : -1;
  for (let i = 0; i < segments.length; i++) scanPart(found, segments[i], i === instanceIdIndex ? 'instance' : undefined, ID_WORD);
  return found.length > 1 ? found.sort((a, b) => a.offset - b.offset) : found;
}

/** A part that is a placeholder as a whole, else the markup and capital words inside it (most parts hold neither). */
function scanPart(found: Placeholder[], part: ArnPart, stands: Placeholder['stands'], words: RegExp): void {
  const whole = words === ID_WORD && !mayNameId(part.text) ? undefined : fieldPlaceholder(part, stands, words);
  if (whole) {
    found.push(whole);
    return;
  }
  if (part.text.includes('<') || part.text.includes('{')) scanMatches(found, part, stands, words, MARKUP);
  if (part.text.includes('_')) scanMatches(found, part, stands, words, CAPITAL_WORDS);
}

function scanMatches(found: Placeholder[], part: ArnPart, stands: Placeholder['stands'], words: RegExp, pattern: RegExp): void {
  for (const match of part.text.matchAll(pattern)) {
    if (match[0].startsWith('${') && isResolvedVariable(match[0])) continue;
    if (pattern === CAPITAL_WORDS && words === ID_WORD && !NAMING_PART.test(match[0])) continue;
    // `{...}` right after `$` is the `${...}` case, handled above.
    if (match[0].startsWith('{') && part.text[(match.index ?? 0) - 1] === '$') continue;
    const offset = part.offset + (match.index ?? 0);
    if (found.some((p) => offset < p.offset + p.text.length && p.offset < offset + match[0].length)) continue;
    found.push({ text: match[0], offset, stands: stands ?? standsFor(match[0]) });
  }
}
