import { cursorAt } from '../../server/service/features/cursor';
import type { FeatureContext } from '../../server/service/features/types';
import { withDefaults } from '../../server/service/options';
import { service, withCursor } from './service';

/**
 * The context a hover or completion provider receives at the ¦ marker, so a provider can be tested on
 * its own, whatever other areas register beside it.
 */
export function featureContextAt(marked: string): { text: string; context: FeatureContext } {
  const { text, position } = withCursor(marked);
  const options = withDefaults();
  const doc = service().parse({ uri: 'file:///test/policy.json', text, languageId: 'json' }, options);
  return { text, context: { doc, catalog: service().catalog, options, cursor: cursorAt(doc, doc.lines.offsetAt(position)) } };
}
