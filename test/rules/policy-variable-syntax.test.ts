import { policyVariableSyntax } from '../../server/service/rules/conditions/policyVariableSyntax';
import { withCondition } from '../conditions/statement';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const resource = (arn: string) => policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "${arn}"}`);

ruleTable(policyVariableSyntax, {
  valid: [
    resource("arn:aws:s3:::bucket/${aws:username}/${aws:PrincipalTag/team, 'none'}/${*}"),
    withCondition('{"StringLike": {"s3:prefix": "home/${aws:userid}/*"}}', { action: '"s3:ListBucket"' }),
    { name: 'keys of providers we cannot know', code: resource('arn:aws:s3:::bucket/${token.actions.githubusercontent.com:sub}') },
  ],
  invalid: [
    {
      code: resource("arn:aws:s3:::bucket/⟦${aws:usrname}⟧/⟦${aws:username, none}⟧/⟦${}⟧"),
      message: [
        /\$\{aws:usrname\}: aws:usrname is not a condition key AWS knows, so it never has a value to put here\. AWS does not replace it, so this Resource never matches a real request\./,
        /default value must be one value in single quotes/,
        /names no condition key/,
      ],
    },
    { name: 'not closed', code: resource('arn:aws:s3:::bucket/⟦${aws:username⟧'), message: /not closed/ },
    { name: 'in a Condition value', code: withCondition('{"StringEquals": {"aws:PrincipalTag/team": "⟦${aws:Principal Tag/team}⟧"}}'), message: /this Condition value never matches/ },
  ],
});
