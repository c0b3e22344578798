import type { Node } from 'jsonc-parser';
import type { Catalog } from '../catalog/catalog';
import type { ParsedDocument } from '../document/parsedDocument';
import type { Diagnostic, Severity } from '../diagnostics';
import type { ServiceOptions } from '../options';
import type { SourceFormat } from '../sources/types';
import type { TextEdit } from '../text/lineIndex';

export type RuleCategory = 'json' | 'yaml' | 'structure' | 'action' | 'arn' | 'resource' | 'connect' | 'condition' | 'security' | 'suggestion' | 'assertion';

/** What every rule declares before its logic: the stable facts docs, settings and the CLI rely on. */
export interface RuleMeta {
  /** Stable kebab-case id; the diagnostic code, the settings key and the docs page name. */
  id: string;
  /** One short sentence: what the rule finds. */
  description: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /**
   * Rules whose findings this rule's findings replace while it runs: a finding of theirs on a node
   * this rule reported (or listed in a finding's `covers`) is dropped. Switched off, this rule hides nothing.
   */
  supersedes?: readonly string[];
  /** The syntaxes the rule is about (json-comment only means something in JSON); every format when unset. */
  formats?: readonly SourceFormat[];
}

/** A finding as a rule reports it; the service turns it into a Diagnostic. */
export interface Report {
  /** The node to squiggle (its whole extent), or an explicit span. */
  node?: Node;
  offset?: number;
  length?: number;
  message: string;
  /** What the fix needs (replacement text, JSON path, ...). Travels in Diagnostic.data. */
  data?: Record<string, unknown>;
  /** Overrides the rule's default severity for this one finding (e.g. a softer case). */
  severity?: Severity;
  unnecessary?: boolean;
  /** Further nodes the finding explains, whose findings by the rules in `meta.supersedes` it replaces. */
  covers?: readonly Node[];
}

export interface RuleContext {
  doc: ParsedDocument;
  catalog: Catalog;
  options: ServiceOptions;
  report(finding: Report): void;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Shown first in the lightbulb menu. */
  isPreferred?: boolean;
  /** Safe fixes have one right answer and run in source.fixAll. */
  safe?: boolean;
  /** A client command to run instead of (or after) the edits, e.g. to ask for an instance ARN. */
  command?: { title: string; command: string; arguments?: unknown[] };
}

export interface FixContext {
  doc: ParsedDocument;
  catalog: Catalog;
  options: ServiceOptions;
  diagnostic: Diagnostic;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
  /** Quick fixes for one of this rule's diagnostics, computed from its data. */
  fix?(context: FixContext): Fix[];
}
