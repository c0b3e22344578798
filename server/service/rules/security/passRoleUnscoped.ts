import type { Rule } from '../rule';
import { describeReach, describeResource, unscopedGrants, type RoleActionSpec } from './unscopedRoleGrant';

const PASS_ROLE: RoleActionSpec = {
  action: 'iam:PassRole',
  scopingKey: 'iam:PassedToService',
  everyRole: ['*', 'role*', 'role/*'],
};

export const passRoleUnscoped: Rule = {
  meta: {
    id: 'pass-role-unscoped',
    description: 'iam:PassRole allowed on every role ("*", role/* or NotResource) without an iam:PassedToService condition.',
    category: 'security',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const grant of unscopedGrants(doc, PASS_ROLE)) {
      report({
        node: grant.node,
        message: `The statement allows ${describeReach(grant.reach, PASS_ROLE.action)} ${describeResource(grant)}: whoever holds this policy can pass any role, an administrator's too, to any service that takes one, and act through it. List the role ARNs in Resource, or limit the services with the iam:PassedToService condition key.`,
      });
    }
  },
};
