/** Why AWS leaves a well-known key out of a request, as a parenthesis for explanations; '' otherwise. */
export function absenceCause(key: string): string {
  switch (key.toLowerCase()) {
    case 'aws:sourceip':
      return ' (AWS omits it when the call comes through a VPC endpoint)';
    case 'aws:sourcevpc':
    case 'aws:sourcevpce':
    case 'aws:vpcsourceip':
      return ' (AWS sets it only for calls through a VPC endpoint)';
    default:
      return '';
  }
}
