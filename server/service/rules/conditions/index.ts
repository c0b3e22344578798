import type { Rule } from '../rule';
import { conditionArnValue } from './conditionArnValue';
import { conditionBlockShape } from './conditionBlockShape';
import { conditionBoolValue } from './conditionBoolValue';
import { conditionCidrHostBits } from './conditionCidrHostBits';
import { conditionDateValue } from './conditionDateValue';
import { conditionEmptyValue } from './conditionEmptyValue';
import { conditionForAllValuesSingleValued } from './conditionForAllValuesSingleValued';
import { conditionIpInvalid } from './conditionIpInvalid';
import { conditionKeyDuplicateCase } from './conditionKeyDuplicateCase';
import { conditionKeyUnknown } from './conditionKeyUnknown';
import { conditionKeyUnsupportedByActions } from './conditionKeyUnsupportedByActions';
import { conditionMfaPresentFalse } from './conditionMfaPresentFalse';
import { conditionMissingPairedKey } from './conditionMissingPairedKey';
import { conditionMultivaluedMissingQualifier } from './conditionMultivaluedMissingQualifier';
import { conditionNumberValue } from './conditionNumberValue';
import { conditionOperatorKeyMismatch } from './conditionOperatorKeyMismatch';
import { conditionOperatorNullIfExists } from './conditionOperatorNullIfExists';
import { conditionOperatorUnknown } from './conditionOperatorUnknown';
import { conditionRegionValue } from './conditionRegionValue';
import { conditionResourceTagUnsupportedByService } from './conditionResourceTagUnsupportedByService';
import { conditionSourceIpPrivate } from './conditionSourceIpPrivate';
import { conditionValueType } from './conditionValueType';
import { conditionVpcIdFormat } from './conditionVpcIdFormat';
import { conditionVpceIdFormat } from './conditionVpceIdFormat';
import { conditionWildcardNonLike } from './conditionWildcardNonLike';
import { denySourceIpWithoutViaAwsService } from './denySourceIpWithoutViaAwsService';
import { policyVariablePosition } from './policyVariablePosition';
import { policyVariableSyntax } from './policyVariableSyntax';
import { policyVariableVersion } from './policyVariableVersion';

export const conditionsRules: Rule[] = [
  conditionBlockShape,
  conditionOperatorUnknown,
  conditionOperatorNullIfExists,
  conditionForAllValuesSingleValued,
  conditionMultivaluedMissingQualifier,
  conditionWildcardNonLike,
  conditionKeyUnknown,
  conditionKeyDuplicateCase,
  conditionKeyUnsupportedByActions,
  conditionResourceTagUnsupportedByService,
  conditionOperatorKeyMismatch,
  conditionValueType,
  conditionEmptyValue,
  conditionIpInvalid,
  conditionCidrHostBits,
  conditionSourceIpPrivate,
  conditionVpcIdFormat,
  conditionVpceIdFormat,
  conditionRegionValue,
  conditionBoolValue,
  conditionDateValue,
  conditionNumberValue,
  conditionArnValue,
  conditionMfaPresentFalse,
  policyVariableSyntax,
  policyVariablePosition,
  policyVariableVersion,
  denySourceIpWithoutViaAwsService,
  conditionMissingPairedKey,
];
