import type { SourceFormat } from './types';

/** What decides a document's syntax: the editor's language, the file's name, and its text. */
export interface FormatClues {
  uri: string;
  text: string;
  languageId?: string;
}

const YAML_EXTENSION = /\.ya?ml$/i;

/**
 * The syntax a document is read as. YAML by the editor's language or a .yaml/.yml name; otherwise
 * JSON, unless the text is a CloudFormation template written in YAML (a .template file, or a .json
 * one that is YAML inside: CloudFormation reads both formats whatever the name).
 */
export function sourceFormatOf(clues: FormatClues): SourceFormat {
  if (clues.languageId === 'yaml') return 'yaml';
  if (YAML_EXTENSION.test(pathOf(clues.uri))) return 'yaml';
  return looksLikeYamlTemplate(clues.text) ? 'yaml' : 'json';
}

function pathOf(uri: string): string {
  const end = uri.search(/[?#]/);
  return end < 0 ? uri : uri.slice(0, end);
}

/** A top-level template section written as a YAML key, at the start of a line. */
const YAML_TEMPLATE_SECTION = /^(?:AWSTemplateFormatVersion|Resources)[ \t]*:/m;

/**
 * Whether a text that is not named YAML is a YAML template: it does not open as JSON does (`{`, `[`
 * or a comment) and has a template section as a YAML key.
 */
function looksLikeYamlTemplate(text: string): boolean {
  const first = /\S/.exec(text);
  if (!first) return false;
  const opening = text.slice(first.index, first.index + 2);
  if (opening[0] === '{' || opening[0] === '[' || opening === '//' || opening === '/*') return false;
  return YAML_TEMPLATE_SECTION.test(text);
}
