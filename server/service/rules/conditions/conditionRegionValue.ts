import { exactStringValues } from './idFormat';
import type { Rule } from '../rule';

/**
 * A Region code as AWS writes it: an area, one to three words and a number (us-east-1,
 * ap-southeast-5, us-gov-west-1, us-isob-east-1, cn-north-1, eusc-de-east-1).
 */
const REGION = /^[a-z]{2,4}(?:-[a-z]+){1,3}-\d+$/;
/** kms:ViaService names the service's endpoint: service.region.amazonaws.com (or .amazonaws.com.cn). */
const VIA_SERVICE = /^([a-z0-9-]+)\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const ENDPOINT_WITHOUT_REGION = /^([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

const REQUESTED_REGION = 'aws:RequestedRegion';
const VIA_SERVICE_KEY = 'kms:ViaService';

function regionProblem(text: string): string | undefined {
  if (REGION.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (REGION.test(lower)) return `Region codes are lower-case ("${lower}"), and this operator compares case-sensitively`;
  if (/\d[a-z]$/.test(text) && REGION.test(text.slice(0, -1))) return `this is an Availability Zone; the Region is "${text.slice(0, -1)}"`;
  return 'write a Region code such as us-east-1';
}

function viaServiceProblem(text: string): string | undefined {
  const endpoint = VIA_SERVICE.exec(text);
  if (endpoint && REGION.test(endpoint[2])) return undefined;
  const bare = ENDPOINT_WITHOUT_REGION.exec(text);
  if (bare) return `KMS puts the service's Regional endpoint in the key: write "${bare[1]}.us-east-1.amazonaws.com" with your Region, or "${bare[1]}.*.amazonaws.com" under StringLike`;
  return 'KMS puts the calling service\'s endpoint in the key, written service.region.amazonaws.com (such as ec2.us-east-1.amazonaws.com)';
}

export const conditionRegionValue: Rule = {
  meta: {
    id: 'condition-region-value',
    description: 'A value of aws:RequestedRegion that is not a Region code, or of kms:ViaService without a Region (service.region.amazonaws.com).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const { name, value, text } of exactStringValues(doc, catalog, new Set([REQUESTED_REGION, VIA_SERVICE_KEY]))) {
      const problem = name === REQUESTED_REGION ? regionProblem(text) : viaServiceProblem(text);
      if (!problem) continue;
      report({ node: value.node, message: `AWS never puts ${JSON.stringify(text)} in ${name}, so this value never matches: ${problem}.` });
    }
  },
};
