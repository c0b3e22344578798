/**
 * The caller's ARN as AWS prints it in AccessDenied messages and CloudTrail: an IAM user
 * (arn:aws:iam::ACCOUNT:user/PATH/NAME), a role (role/PATH/NAME), a role session
 * (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION), a federated user or the account root.
 */
export interface PrincipalArn {
  arn: string;
  partition: string;
  account: string;
  kind: 'user' | 'role' | 'assumed-role' | 'federated-user' | 'root';
  /** The user's or role's name (without path), or the federated user's name. */
  name: string;
  session?: string;
}

const IAM = /^arn:([\w-]+):iam::(\d{12}):(user|role)\/(?:[^]*\/)?([^/]+)$/;
const STS = /^arn:([\w-]+):sts::(\d{12}):(assumed-role|federated-user)\/([^/]+)(?:\/(.+))?$/;
const ROOT = /^arn:([\w-]+):iam::(\d{12}):root$/;

export function parsePrincipalArn(arn: string): PrincipalArn | undefined {
  const iam = IAM.exec(arn);
  if (iam) return { arn, partition: iam[1], account: iam[2], kind: iam[3] as 'user' | 'role', name: iam[4] };
  const sts = STS.exec(arn);
  if (sts) return { arn, partition: sts[1], account: sts[2], kind: sts[3] as 'assumed-role' | 'federated-user', name: sts[4], session: sts[5] };
  const root = ROOT.exec(arn);
  return root ? { arn, partition: root[1], account: root[2], kind: 'root', name: 'root' } : undefined;
}

/** Whether the principal is a role or one of its sessions (so its policies are a role's). */
export function isRolePrincipal(principal: PrincipalArn): boolean {
  return principal.kind === 'role' || principal.kind === 'assumed-role';
}
