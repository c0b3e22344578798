import type { Rule } from '../rule';
import { actionMatchesNoResource } from './actionMatchesNoResource';
import { resourceMatchesNoAction } from './resourceMatchesNoAction';
import { resourceWildcardRequired } from './resourceWildcardRequired';
import { resourceWildcardScope } from './resourceWildcardScope';

export const resourcesRules: Rule[] = [resourceMatchesNoAction, actionMatchesNoResource, resourceWildcardRequired, resourceWildcardScope];
