import type { Node } from 'jsonc-parser';
import { keyOf } from '../../document/policyView';
import { nodeFromData, pathOf } from '../fixTarget';
import type { Rule } from '../rule';

export const duplicateKey: Rule = {
  meta: {
    id: 'duplicate-key',
    description: 'A key written twice in the same object of a policy; AWS keeps only one of the values.',
    category: 'structure',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      visit(policy.node, (key, first) => {
        const same = sameText(doc.text, first.parent, key.parent);
        report({
          node: key,
          message: `Duplicate key "${key.value as string}": AWS keeps only one of the values and silently ignores the other${same ? ' (both are the same here)' : ''}. ${same ? 'Remove the repeat.' : 'Merge them into one.'}`,
          data: { identical: same, key: key.value as string, objectPath: pathOf(key.parent?.parent ?? key), index: key.parent?.parent?.children?.indexOf(key.parent) ?? -1 },
        });
      });
    }
  },
  fix({ doc, diagnostic }) {
    // Only an exact repeat has one right answer: removing it changes nothing AWS sees.
    if (diagnostic.data?.identical !== true) return [];
    // A path names the first of two equal keys, so the repeat is found by its index in the object.
    const object = nodeFromData(doc, diagnostic.data, 'objectPath');
    const index = diagnostic.data.index;
    const prop = object?.type === 'object' && typeof index === 'number' && index > 0 ? object.children?.[index] : undefined;
    if (prop?.type !== 'property' || prop.children?.[0]?.value !== diagnostic.data.key) return [];
    return [{ title: 'Remove the repeated key', edits: doc.writer.removeProperty(prop), isPreferred: true, safe: true }];
  },
};

/** Calls `onDuplicate` for every key that repeats an earlier key of the same object, at any depth. */
function visit(node: Node, onDuplicate: (key: Node, first: Node) => void): void {
  if (node.type === 'object') {
    const props = node.children ?? [];
    // Policy objects are small: comparing with the earlier keys allocates nothing; a map for large ones.
    const seen = props.length > SMALL ? new Map<string, Node>() : undefined;
    for (let i = 0; i < props.length; i++) {
      const prop = props[i];
      const key = keyOf(prop);
      if (key && typeof key.value === 'string') {
        const first = seen ? seen.get(key.value) : firstKeyBefore(props, i, key.value);
        if (first) onDuplicate(key, first);
        else seen?.set(key.value, key);
      }
      const value = prop.children?.[1];
      if (value?.children) visit(value, onDuplicate);
    }
  } else if (node.type === 'array') {
    for (const child of node.children ?? []) if (child.children) visit(child, onDuplicate);
  }
}

const SMALL = 8;

/** The first key among props[0..end) named `name`. */
function firstKeyBefore(props: Node[], end: number, name: string): Node | undefined {
  for (let j = 0; j < end; j++) {
    const key = keyOf(props[j]);
    if (key?.value === name) return key;
  }
  return undefined;
}

function sameText(text: string, a: Node | undefined, b: Node | undefined): boolean {
  const valueA = a?.children?.[1];
  const valueB = b?.children?.[1];
  if (!valueA || !valueB) return false;
  return text.slice(valueA.offset, valueA.offset + valueA.length) === text.slice(valueB.offset, valueB.offset + valueB.length);
}
