import type { Catalog } from '../catalog/catalog';
import type { AccessRequest, Evaluation, PolicySet } from './types';

/**
 * Decides a request against a policy set with AWS's evaluation logic and explains every statement.
 * The catalog, when given, names the resource type an action is authorized against in explanations.
 */
export function evaluate(request: AccessRequest, policies: PolicySet, catalog?: Catalog): Evaluation {
  void request;
  void policies;
  void catalog;
  throw new Error('evaluate: not implemented yet');
}
