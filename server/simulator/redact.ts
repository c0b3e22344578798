/**
 * Removes anything credential-shaped from text we show: Authorization header values, session
 * tokens and signatures, access key ids, and long base64 runs (secrets and tokens).
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/(authorization\s*:\s*)[^\r\n]*/gi, '$1[redacted]')
    .replace(/((?:x-amz-security-token|x-amz-signature|signature|credential)\s*[:=]\s*)[^\s,;&]+/gi, '$1[redacted]')
    .replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, '[redacted key id]')
    .replace(/[A-Za-z0-9+/]{40,}={0,2}/g, '[redacted]');
}
