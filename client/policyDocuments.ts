/** The editor languages Connect IAM reads: JSON and JSONC policies and templates, and YAML CloudFormation/SAM templates. */
export const POLICY_LANGUAGES: readonly string[] = ['json', 'jsonc', 'yaml'];

/**
 * The documents the server is given, on disk and unsaved (a filter both VS Code and the language client read). YAML that is not a template is given too and
 * gets nothing (the server decides from the text), so Red Hat's YAML extension keeps every other YAML file to itself.
 */
export const POLICY_DOCUMENTS: { scheme: string; language: string }[] = POLICY_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);
