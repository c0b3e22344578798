import type { Node } from 'jsonc-parser';
import type { StatementView } from '../../document/policyView';
import type { Report, Rule } from '../rule';
import { literalStatements } from '../structure/elements';

/** Elements that, left empty, make the statement apply to nothing. */
const POSITIVE = ['Action', 'Resource', 'Principal'] as const;
/** Their negations: left empty, they exclude nothing, so the statement applies to everything. */
const NEGATED: Record<string, string> = { NotAction: 'action', NotResource: 'resource', NotPrincipal: 'principal' };

export const elementEmpty: Rule = {
  meta: {
    id: 'element-empty',
    description: 'An empty Action, Resource or Principal (the statement does nothing), an empty NotAction, NotResource or NotPrincipal (it excludes nothing), or an empty Sid.',
    category: 'suggestion',
    defaultSeverity: 'information',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) checkStatement(statement, report);
    }
  },
};

function checkStatement(statement: StatementView, report: (finding: Report) => void): void {
  for (const name of POSITIVE) {
    const value = valueOf(statement, name);
    if (value && isEmpty(value)) {
      report({ node: value, message: `${name} is empty, so this statement applies to no request and changes nothing. Add the ${name.toLowerCase()}s you meant, or remove the statement.` });
    } else if (name === 'Principal' && value?.type === 'object') {
      for (const prop of value.children ?? []) {
        const list = prop.children?.[1];
        if (list && isEmpty(list)) report({ node: list, message: `${String(prop.children?.[0]?.value)} lists no principal, so it names nobody. Add the principals you meant, or remove it.` });
      }
    }
  }
  for (const [name, what] of Object.entries(NEGATED)) {
    const value = valueOf(statement, name);
    if (!value || !isEmpty(value)) continue;
    // Excluding nothing widens the statement to every action (resource, principal): worth more than a suggestion.
    report({
      node: value,
      severity: 'warning',
      message: `${name} is empty: it excludes no ${what}, so this statement applies to every ${what}. List what it should exclude, or use ${name.slice(3)} instead.`,
    });
  }
  const sid = statement.sid;
  if (sid?.type === 'string' && sid.value === '') {
    report({ node: sid, message: 'The Sid is an empty string. Give the statement an ID that says what it is for, or remove the Sid.' });
  }
}

function valueOf(statement: StatementView, name: string): Node | undefined {
  return statement.properties.get(name)?.children?.[1];
}

function isEmpty(node: Node): boolean {
  return (node.type === 'array' || node.type === 'object') && (node.children?.length ?? 0) === 0;
}
