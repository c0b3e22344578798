import type { Rule } from '../rule';
import { actionElementConflict } from './actionElementConflict';
import { actionElementMissing } from './actionElementMissing';
import { duplicateKey } from './duplicateKey';
import { effectInvalid } from './effectInvalid';
import { effectMissing } from './effectMissing';
import { policySizeQuota } from './policySizeQuota';
import { resourceElementConflict } from './resourceElementConflict';
import { resourceElementMissing } from './resourceElementMissing';
import { sidDuplicate } from './sidDuplicate';
import { sidInvalid } from './sidInvalid';
import { statementEmpty } from './statementEmpty';
import { statementInvalid } from './statementInvalid';
import { statementMissing } from './statementMissing';
import { unknownElement } from './unknownElement';
import { versionInvalid } from './versionInvalid';
import { versionMissing } from './versionMissing';

export const structureRules: Rule[] = [
  versionMissing,
  versionInvalid,
  statementMissing,
  statementEmpty,
  statementInvalid,
  unknownElement,
  duplicateKey,
  effectMissing,
  effectInvalid,
  actionElementMissing,
  actionElementConflict,
  resourceElementMissing,
  resourceElementConflict,
  sidInvalid,
  sidDuplicate,
  policySizeQuota,
];
