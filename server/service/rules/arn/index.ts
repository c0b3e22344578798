import type { Rule } from '../rule';
import { arnAccount } from './arnAccount';
import { arnFormat } from './arnFormat';
import { arnPartition } from './arnPartition';
import { arnPlaceholder } from './arnPlaceholder';
import { arnRegion } from './arnRegion';
import { arnServiceCase } from './arnServiceCase';
import { arnTooFewParts } from './arnTooFewParts';
import { connectArnInstance } from './connectArnInstance';
import { connectArnInstanceId } from './connectArnInstanceId';
import { connectArnSegment } from './connectArnSegment';

export const arnRules: Rule[] = [
  arnFormat,
  arnTooFewParts,
  arnPartition,
  arnRegion,
  arnAccount,
  arnServiceCase,
  arnPlaceholder,
  connectArnInstance,
  connectArnInstanceId,
  connectArnSegment,
];
