import type { Rule } from '../rule';
import { describeReach, describeResource, unscopedGrants, type RoleActionSpec } from './unscopedRoleGrant';

/** Service-linked roles live under role/aws-service-role/<service principal>/. */
const CREATE_SLR: RoleActionSpec = {
  action: 'iam:CreateServiceLinkedRole',
  scopingKey: 'iam:AWSServiceName',
  everyRole: ['*', 'role*', 'role/*', 'role/aws-service-role*', 'role/aws-service-role/*'],
};

export const createSlrUnscoped: Rule = {
  meta: {
    id: 'create-slr-unscoped',
    description: 'iam:CreateServiceLinkedRole allowed for every service ("*", role/* or NotResource) without an iam:AWSServiceName condition.',
    category: 'security',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const grant of unscopedGrants(doc, CREATE_SLR)) {
      report({
        node: grant.node,
        message: `The statement allows ${describeReach(grant.reach, CREATE_SLR.action)} ${describeResource(grant)}: whoever holds this policy can create the service-linked role of any service, with the permissions AWS gives that service. Name the role in Resource (role/aws-service-role/SERVICE.amazonaws.com/...), or limit the services with the iam:AWSServiceName condition key.`,
      });
    }
  },
};
