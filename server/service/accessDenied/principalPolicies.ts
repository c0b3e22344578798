import type { ParsedDocument } from '../document/parsedDocument';
import { findPolicies } from '../document/findPolicies';
import type { PolicyView } from '../document/policyView';
import type { PolicyInput } from '../evaluator/types';
import type { SourceNode } from '../sources/types';
import { resolveIntrinsics, type Bindings } from './intrinsics';
import { isRolePrincipal, type PrincipalArn } from './principalArn';
import { listEntries, property, refTarget, stringValue, templateOf, type Template, type TemplateResource } from './templates';
import type { PolicyPlace } from './types';

/**
 * The principal's policies in the workspace. A role (or role session) is found as an AWS::IAM::Role
 * whose RoleName resolves to its name, or, without a RoleName, whose logical id is the name or the
 * middle of CloudFormation's generated "STACK-LOGICALID-SUFFIX"; a user likewise as AWS::IAM::User.
 * Its policies: inline Policies; AWS::IAM::Policy, RolePolicy, UserPolicy and ManagedPolicy resources
 * attached through Roles/Users/RoleName/UserName; ManagedPolicyArns naming a ManagedPolicy of the
 * workspace (by Ref, name or ARN); PermissionsBoundary likewise. Policy files named after the
 * principal ("ChatBackendRole.json") are its identity policies too. SCPs: AWS::Organizations::Policy
 * of type SERVICE_CONTROL_POLICY.
 */

export interface PrincipalPolicies {
  /** The role or user resources that matched, to point at. */
  found: PolicyPlace[];
  identity: PolicyInput[];
  boundary: PolicyInput[];
  scps: PolicyInput[];
  /** What is attached but not in the workspace, and names or values that could not be resolved. */
  missing: string[];
  /** Matches made on less than the name itself (a logical id in a generated name). */
  assumed: string[];
}

/** A template's bindings, knowing which come from parameter defaults (which the answer names). */
interface TemplateBindings extends Bindings {
  defaults: ReadonlyMap<string, string>;
}

/** Pseudo parameters and parameter defaults for one template, given the request's account and region. */
export function templateBindings(template: Template, principal: PrincipalArn | undefined, region: string | undefined): TemplateBindings {
  const bindings = new Map(template.parameterDefaults);
  if (principal) {
    bindings.set('AWS::AccountId', principal.account);
    bindings.set('AWS::Partition', principal.partition);
    bindings.set('AWS::URLSuffix', principal.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com');
  }
  if (region) bindings.set('AWS::Region', region);
  return { get: (name) => bindings.get(name), defaults: template.parameterDefaults };
}

const MANAGED_POLICY_ARN = /^arn:[\w-]+:iam::(aws|\d{12}):policy\/(?:.*\/)?([^/]+)$/;

export function findPrincipalPolicies(docs: readonly ParsedDocument[], principal: PrincipalArn, region: string | undefined): PrincipalPolicies {
  const result: PrincipalPolicies = { found: [], identity: [], boundary: [], scps: [], missing: [], assumed: [] };
  const templates = docs.flatMap((doc) => templateOf(doc) ?? []);
  const managed = managedPolicies(templates, principal, region);
  const role = isRolePrincipal(principal);
  const principalType = role ? 'AWS::IAM::Role' : 'AWS::IAM::User';
  for (const template of templates) {
    const bindings = templateBindings(template, principal, region);
    for (const resource of template.resources) {
      if (resource.type === 'AWS::Organizations::Policy') addScp(resource, principal, bindings, result);
      if (resource.type !== principalType || principal.kind === 'root' || principal.kind === 'federated-user') continue;
      const match = nameMatch(resource, role ? 'RoleName' : 'UserName', principal.name, bindings);
      if (!match) continue;
      if (match === 'logical-id') result.assumed.push(`${principal.name} is taken to be ${resource.logicalId} of ${fileName(resource.doc.input.uri)} (it has no ${role ? 'RoleName' : 'UserName'}, so CloudFormation named it after its logical id).`);
      result.found.push(place(resource.doc, resource.node, `${role ? 'role' : 'user'} ${resource.logicalId}`));
      addInline(resource, bindings, result);
      addAttachedInTemplate(template, resource, role, bindings, result);
      for (const entry of listEntries(property(resource, 'ManagedPolicyArns'))) addManaged(entry, template, bindings, managed, result.identity, result);
      const boundary = property(resource, 'PermissionsBoundary');
      if (boundary) addManaged(boundary, template, bindings, managed, result.boundary, result, 'permissions boundary');
    }
  }
  addAttachedByName(templates, principal, role, region, result);
  const templateDocs = new Set(templates.map((t) => t.doc));
  for (const doc of docs) {
    if (templateDocs.has(doc) || doc.policies.length === 0) continue;
    if (fileStem(doc.input.uri).toLowerCase() === principal.name.toLowerCase()) {
      result.found.push(place(doc, doc.root!, `policy file named after ${principal.name}`));
      result.identity.push(...inputs(doc, doc.policies, fileStem(doc.input.uri), result));
    }
  }
  if (result.found.length > 1) {
    result.assumed.push(
      `${result.found.length} places match ${principal.name} (${result.found.map((f) => f.label).join('; ')}): their policies are evaluated together, as if one principal held them all. Give --workspace the folder of the deployed stack to tell them apart.`,
    );
  }
  return result;
}

type NameMatch = 'name' | 'logical-id' | undefined;

function nameMatch(resource: TemplateResource, nameProperty: string, name: string, bindings: Bindings): NameMatch {
  const declared = property(resource, nameProperty);
  if (declared) return stringValue(declared, bindings) === name ? 'name' : undefined;
  if (name === resource.logicalId) return 'name';
  return name.includes(`-${resource.logicalId}-`) ? 'logical-id' : undefined;
}

function addInline(resource: TemplateResource, bindings: TemplateBindings, result: PrincipalPolicies): void {
  for (const entry of listEntries(property(resource, 'Policies'))) {
    if (entry.type !== 'object') continue;
    const doc = entry.children?.find((p) => p.children?.[0]?.value === 'PolicyDocument')?.children?.[1];
    const name = entry.children?.find((p) => p.children?.[0]?.value === 'PolicyName')?.children?.[1];
    if (!doc) continue;
    const label = `${resource.logicalId}.Policies ${stringValue(name, bindings) ?? ''}`.trim();
    result.identity.push(...policyInputsAt(resource.doc, doc, label, bindings, result));
  }
}

/** AWS::IAM::Policy / ManagedPolicy / RolePolicy / UserPolicy in the same template referring to the resource by Ref. */
function addAttachedInTemplate(template: Template, principal: TemplateResource, role: boolean, bindings: TemplateBindings, result: PrincipalPolicies): void {
  for (const resource of template.resources) {
    const listProperty = role ? 'Roles' : 'Users';
    const singleProperty = role ? 'RoleName' : 'UserName';
    const refers = (node: SourceNode) => refTarget(node) === principal.logicalId;
    const attached =
      ((resource.type === 'AWS::IAM::Policy' || resource.type === 'AWS::IAM::ManagedPolicy') && listEntries(property(resource, listProperty)).some(refers)) ||
      (resource.type === (role ? 'AWS::IAM::RolePolicy' : 'AWS::IAM::UserPolicy') && listEntries(property(resource, singleProperty)).some(refers));
    if (!attached) continue;
    const doc = property(resource, 'PolicyDocument');
    if (doc) result.identity.push(...policyInputsAt(resource.doc, doc, resource.logicalId, bindings, result));
  }
}

/** Policies in any template attached to the principal by its name (Roles: ["chat-backend"]). */
function addAttachedByName(templates: Template[], principal: PrincipalArn, role: boolean, region: string | undefined, result: PrincipalPolicies): void {
  for (const template of templates) {
    const bindings = templateBindings(template, principal, region);
    for (const resource of template.resources) {
      const names =
        resource.type === 'AWS::IAM::Policy' || resource.type === 'AWS::IAM::ManagedPolicy'
          ? listEntries(property(resource, role ? 'Roles' : 'Users'))
          : resource.type === (role ? 'AWS::IAM::RolePolicy' : 'AWS::IAM::UserPolicy')
            ? listEntries(property(resource, role ? 'RoleName' : 'UserName'))
            : [];
      if (!names.some((node) => refTarget(node) === undefined && stringValue(node, bindings) === principal.name)) continue;
      const doc = property(resource, 'PolicyDocument');
      if (doc) result.identity.push(...policyInputsAt(resource.doc, doc, resource.logicalId, bindings, result));
    }
  }
}

interface ManagedPolicy {
  resource: TemplateResource;
  bindings: TemplateBindings;
  name?: string;
}

function managedPolicies(templates: Template[], principal: PrincipalArn, region: string | undefined): ManagedPolicy[] {
  return templates.flatMap((template) => {
    const bindings = templateBindings(template, principal, region);
    return template.resources
      .filter((r) => r.type === 'AWS::IAM::ManagedPolicy')
      .map((resource) => ({ resource, bindings, name: stringValue(property(resource, 'ManagedPolicyName'), bindings) }));
  });
}

/** An entry of ManagedPolicyArns or PermissionsBoundary: a Ref to a ManagedPolicy, or an ARN. */
function addManaged(entry: SourceNode, template: Template, bindings: TemplateBindings, managed: ManagedPolicy[], into: PolicyInput[], notes: Notes, what = 'managed policy'): void {
  const ref = refTarget(entry);
  const local = ref ? managed.find((m) => m.resource.doc === template.doc && m.resource.logicalId === ref) : undefined;
  const arn = ref ? undefined : stringValue(entry, bindings);
  const byArn = arn ? MANAGED_POLICY_ARN.exec(arn) : undefined;
  const named = byArn && byArn[1] !== 'aws' ? managed.find((m) => (m.name ?? m.resource.logicalId) === byArn[2]) : undefined;
  const policy = local ?? named;
  if (policy) {
    const doc = property(policy.resource, 'PolicyDocument');
    if (doc) into.push(...policyInputsAt(policy.resource.doc, doc, policy.name ?? policy.resource.logicalId, policy.bindings, notes));
    return;
  }
  if (byArn?.[1] === 'aws') notes.missing.push(`The AWS managed policy ${byArn[2]} (${what}) is attached, but its document is not shipped with this tool: give it with --policy to count it.`);
  else if (arn) notes.missing.push(`The ${what} ${arn} is attached, but no template or file of the workspace defines it: give it with --policy to count it.`);
  else {
    const line = template.doc.lines.positionAt(entry.offset).line + 1;
    notes.missing.push(`A ${what} is attached at ${fileName(template.doc.input.uri)}:${line} with a value that cannot be resolved offline (${ref ? `Ref ${ref}` : template.doc.text.slice(entry.offset, entry.offset + Math.min(entry.length, 80)).replace(/\s+/g, ' ')}).`);
  }
}

/**
 * An SCP applies when its TargetIds name the principal's account; targets that are an OU or the
 * organization's root may hold the account, which the template cannot tell, so it is assumed to.
 */
function addScp(resource: TemplateResource, principal: PrincipalArn, bindings: TemplateBindings, result: PrincipalPolicies): void {
  const type = property(resource, 'Type');
  if (type?.type !== 'string' || type.value !== 'SERVICE_CONTROL_POLICY') return;
  const targets = listEntries(property(resource, 'TargetIds')).map((node) => stringValue(node, bindings));
  const namesAccount = targets.includes(principal.account);
  const mayHoldAccount = targets.some((target) => target === undefined || !/^\d{12}$/.test(target));
  if (!namesAccount && !mayHoldAccount) return;
  if (!namesAccount) {
    result.assumed.push(`The SCP ${resource.logicalId} (${fileName(resource.doc.input.uri)}) targets an OU, the root or an unresolved value: it is taken to apply to account ${principal.account}.`);
  }
  const content = property(resource, 'Content');
  if (content?.type === 'object') result.scps.push(...policyInputsAt(resource.doc, content, resource.logicalId, bindings, result));
  else if (content) result.missing.push(`The SCP ${resource.logicalId} in ${fileName(resource.doc.input.uri)} holds its Content as a string, which is not read: give it with --scp.`);
}

/** What was not resolved and which parameter defaults were used, for the answer. */
interface Notes {
  missing: string[];
  assumed: string[];
}

/** The policy at `node`, its intrinsics resolved with the bindings, as an evaluator input pointing into `doc`. */
function policyInputsAt(doc: ParsedDocument, node: SourceNode, name: string, bindings: TemplateBindings, notes: Notes): PolicyInput[] {
  const resolution = resolveIntrinsics(node, bindings);
  for (const u of resolution.unresolved) {
    const at = doc.lines.positionAt(u.offset);
    notes.missing.push(`${u.text} at ${fileName(doc.input.uri)}:${at.line + 1} cannot be resolved offline, so the statement holding it is evaluated without it.`);
  }
  for (const used of resolution.used) {
    const value = bindings.defaults.get(used);
    const note = `Parameter ${used} of ${fileName(doc.input.uri)} is taken as its Default "${value}"; the deployed stack may have been given another value.`;
    if (value !== undefined && !notes.assumed.includes(note)) notes.assumed.push(note);
  }
  return findPolicies(resolution.node, true).map((policy: PolicyView) => ({ name, uri: doc.input.uri, policy }));
}

function inputs(doc: ParsedDocument, policies: PolicyView[], name: string, notes: Notes): PolicyInput[] {
  const none: TemplateBindings = { get: () => undefined, defaults: new Map() };
  return policies.flatMap((policy) => policyInputsAt(doc, policy.node, name, none, notes));
}

function place(doc: ParsedDocument, node: SourceNode, label: string): PolicyPlace {
  return { uri: doc.input.uri, offset: node.offset, length: node.length, label: `${label} in ${fileName(doc.input.uri)}` };
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function fileStem(uri: string): string {
  const name = fileName(uri);
  const stem = name.replace(/\.(json|jsonc|ya?ml|template)$/i, '');
  return stem.replace(/\.policy$/i, '');
}
