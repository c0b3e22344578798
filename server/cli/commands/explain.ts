import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../../service/catalog/nodeCatalogSource';
import { parseDocument, type ParsedDocument } from '../../service/document/parsedDocument';
import { evaluate, statementLabel } from '../../service/evaluator/evaluate';
import { policyInputsOf } from '../../service/evaluator/policyInputs';
import type { AccessRequest, Evaluation, PolicyInput, StatementResult } from '../../service/evaluator/types';
import { parseCommandArgs, textOrJsonFormat } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from '../command';
import { readPolicyFile } from '../../files/readPolicyFile';
import { runExplainDenied } from './explainDenied';

const USAGE = `Usage: connect-iam explain --policy FILE --action ACTION --resource ARN [options]
       connect-iam explain --error TEXT | --cloudtrail EVENT.json [--workspace DIR] [options]

Decides, offline, whether the policies allow one request, and explains why with AWS's evaluation
logic: an applying Deny wins, else an Allow is needed, else the request is implicitly denied.

The second form explains an AccessDenied error: from its message (or a JSON error body) or its
CloudTrail record (one event, {"Records": [...]}, or lookup-events output), it rebuilds the request,
finds the principal's policies in the workspace's CloudFormation templates and policy files, and
compares what they decide with the reason AWS gave. "-" reads the message or the JSON from stdin.

Options:
  --error TEXT             the AccessDenied message as AWS printed it ("-": read it from stdin)
  --cloudtrail FILE        a CloudTrail record or log file ("-": read it from stdin)
  --workspace DIR          where to look for the principal's policies (default: the current folder)
  --replace-policies       with --error/--cloudtrail: the --policy files replace the policies found
  --policy FILE            identity policy (repeatable; a template's embedded policies all count)
  --action ACTION          the IAM action, such as connect:StartChatContact
  --resource ARN           the resource ARN, or "*" for actions without a resource type
  --context KEY=VALUE      a request context value (repeatable; repeat a key for a multivalued key)
  --principal ARN          the caller, compared with Principal in a resource policy
  --resource-policy FILE   resource-based policy on the resource (same account)
  --boundary FILE          permissions boundary (it must allow too)
  --scp FILE               service control policy (repeatable; one must allow too)
  -f, --format text|json   output format (default: text)
  -h, --help               show this help

Exit codes: 0 allowed, 1 denied (explicitDeny or implicitDeny), 2 usage or I/O error.
`;

export const explainCommand: Command = {
  name: 'explain',
  summary: 'decide a request against policies offline and explain why (allowed / explicitDeny / implicitDeny)',
  usage: USAGE,
  run(args: string[], io: CliIO): number {
    const { values } = parseCommandArgs(args, {
      policy: { type: 'string', multiple: true, default: [] },
      action: { type: 'string' },
      resource: { type: 'string' },
      context: { type: 'string', multiple: true, default: [] },
      principal: { type: 'string' },
      'resource-policy': { type: 'string' },
      boundary: { type: 'string' },
      scp: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', short: 'f', default: 'text' },
      error: { type: 'string' },
      cloudtrail: { type: 'string' },
      workspace: { type: 'string' },
      'replace-policies': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    const format = textOrJsonFormat(values.format);
    if (values.error !== undefined || values.cloudtrail !== undefined) {
      if (values.action || values.resource) throw new UsageError('--action and --resource come from the AccessDenied input; leave them out with --error or --cloudtrail.');
      return runExplainDenied({ ...values, replacePolicies: values['replace-policies'], format }, io);
    }
    if (values.policy.length === 0) throw new UsageError('No --policy given: name the identity policy file (or explain an AccessDenied error with --error or --cloudtrail).');
    if (!values.action) throw new UsageError('No --action given, such as --action connect:StartChatContact.');
    if (!/^[^:\s]+:[^:\s]+$/.test(values.action)) throw new UsageError(`"${values.action}" is not an action: write service:Action, such as connect:StartChatContact.`);
    if (!values.resource) throw new UsageError('No --resource given: the ARN the action is authorized against, or "*".');

    const files = new PolicyFiles(io.cwd);
    const request: AccessRequest = { action: values.action, resource: values.resource, principal: values.principal, context: parseContextFlags(values.context) };
    const evaluation = evaluate(
      request,
      {
        identity: values.policy.flatMap((p) => files.load(p)),
        resource: values['resource-policy'] === undefined ? undefined : files.load(values['resource-policy']),
        permissionsBoundary: values.boundary === undefined ? undefined : files.load(values.boundary),
        scps: values.scp.length > 0 ? values.scp.flatMap((p) => files.load(p)) : undefined,
      },
      loadCatalog(),
    );
    io.out(format === 'json' ? `${JSON.stringify(explanationJson(request, evaluation, files), null, 2)}\n` : explanationText(request, evaluation, files));
    return evaluation.decision === 'allowed' ? EXIT_OK : EXIT_FINDINGS;
  },
};

/** `KEY=VALUE` flags; a key given twice becomes a multivalued key. */
export function parseContextFlags(flags: readonly string[]): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(`--context "${flag}" must be KEY=VALUE, such as aws:SourceIp=203.0.113.7.`);
    const key = flag.slice(0, eq);
    const value = flag.slice(eq + 1);
    const existing = context[key];
    context[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return context;
}

/**
 * Policy files read from disk once each, parsed as policies, remembered by URI so that output can
 * give line and column for statements.
 */
export class PolicyFiles {
  private readonly docs = new Map<string, { path: string; doc: ParsedDocument }>();

  constructor(private readonly cwd: string) {}

  /**
   * The policies of a file; a file that cannot be read, is not JSON or holds no policy is a usage error.
   * With `root`, only a file inside that folder is read (policies named by a tests file).
   */
  load(path: string, base = this.cwd, root?: string): PolicyInput[] {
    const absolute = resolve(base, path);
    // An absolute path is shown as given, not as a climb out of the current folder ("../../tmp/x.json").
    const shown = isAbsolute(path) ? absolute : relative(this.cwd, absolute) || path;
    let text: string;
    try {
      text = readPolicyFile(absolute, { root });
    } catch (error) {
      throw new UsageError(`Cannot read policy file ${shown}: ${(error as Error).message}`);
    }
    const uri = pathToFileURL(absolute).href;
    const doc = parseDocument({ uri, text, languageId: 'json' }, true);
    if (doc.syntaxErrors.length > 0) {
      const at = doc.lines.positionAt(doc.syntaxErrors[0].offset);
      throw new UsageError(`${shown} is not valid JSON (first error at ${at.line + 1}:${at.character + 1}); run "connect-iam lint ${shown}".`);
    }
    if (doc.policies.length === 0) throw new UsageError(`${shown} holds no IAM policy.`);
    this.docs.set(uri, { path: shown, doc });
    return policyInputsOf(doc, shown);
  }

  /** "policy.json:7:5" for a statement (1-based), or the policy name when the file is unknown. */
  location(result: StatementResult, offset = result.span.offset): { file: string; line: number; column: number } | undefined {
    const entry = result.uri ? this.docs.get(result.uri) : undefined;
    if (!entry) return undefined;
    const at = entry.doc.lines.positionAt(offset);
    return { file: entry.path, line: at.line + 1, column: at.character + 1 };
  }
}

function explanationText(request: AccessRequest, evaluation: Evaluation, files: PolicyFiles): string {
  const lines = [`${request.action} on ${request.resource}: ${evaluation.decision}`, ''];
  for (const reason of evaluation.reasons) lines.push(`  ${reason}`);
  lines.push('', 'Statements:');
  for (const s of evaluation.statements) {
    const where = files.location(s);
    const at = where ? `${where.file}:${where.line}:${where.column}` : s.policyName;
    lines.push(`  ${at} ${s.effect || '(no Effect)'} ${s.applies ? 'applies' : 'does not apply'} - ${statementLabel(s)}${s.reason ? `: ${s.reason}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** {"decision", "request", "statements": [...], "reasons": [...], "deciding": [...], "roles": [...]} */
export function explanationJson(request: AccessRequest, evaluation: Evaluation, files: PolicyFiles) {
  const statement = (s: StatementResult) => ({
    role: s.role,
    policy: s.policyName,
    statementIndex: s.statementIndex,
    sid: s.sid,
    effect: s.effect,
    applies: s.applies,
    failedElement: s.failedElement,
    reason: s.reason,
    location: files.location(s),
  });
  return {
    decision: evaluation.decision,
    request,
    reasons: evaluation.reasons,
    statements: evaluation.statements.map(statement),
    deciding: evaluation.deciding.map(statement),
    roles: evaluation.roles,
  };
}
