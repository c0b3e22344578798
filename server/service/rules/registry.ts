import { actionsRules } from './actions';
import { arnRules } from './arn';
import { conditionsRules } from './conditions';
import { connectRules } from './connect';
import { jsonRules } from './json';
import { resourcesRules } from './resources';
import type { Rule } from './rule';
import { securityRules } from './security';
import { structureRules } from './structure';
import { suggestionRules } from './suggestions';
import { yamlRules } from './yaml';

/** Every rule, in the order findings are reported. Each area keeps its own list in its index.ts. */
export const RULES: readonly Rule[] = [
  ...jsonRules,
  ...yamlRules,
  ...structureRules,
  ...actionsRules,
  ...arnRules,
  ...resourcesRules,
  ...connectRules,
  ...conditionsRules,
  ...securityRules,
  ...suggestionRules,
];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
