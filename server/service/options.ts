import type { Severity } from './diagnostics';

/** Everything the service needs from settings; the server builds it, the service never reads settings. */
export interface ServiceOptions {
  enabled: boolean;
  /** Per-rule override, by rule id; "off" silences the rule. */
  ruleSeverity: Record<string, Severity | 'off'>;
  /** Treat the document as a policy even without a Statement (it matched connectIam.files). */
  forcePolicy: boolean;
  connect: {
    /** A default Connect instance ARN for fixes that need one. */
    instanceArn?: string;
  };
  /**
   * Where the rule docs pages are, as a URI prefix ending in "/" (the server passes the file: URI of
   * the installed docs/rules folder); diagnostics link to `<ruleDocsBase><rule id>.md`. Unset: no link.
   */
  ruleDocsBase?: string;
}

export const DEFAULT_OPTIONS: ServiceOptions = {
  enabled: true,
  ruleSeverity: {},
  forcePolicy: false,
  connect: {},
};

export function withDefaults(partial: Partial<ServiceOptions> = {}): ServiceOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...partial,
    ruleSeverity: { ...DEFAULT_OPTIONS.ruleSeverity, ...partial.ruleSeverity },
    connect: { ...DEFAULT_OPTIONS.connect, ...partial.connect },
  };
}
