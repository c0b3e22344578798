/** The custom request behind the language status item, shared by the server and the client (types only there). */

export const STATUS_REQUEST = 'connectIam/status';

export interface StatusParams {
  uri: string;
}

export interface StatusResult {
  /** False when connectIam.enable is off for the document. */
  enabled: boolean;
  /** How many IAM policies the document holds (a CloudFormation template can hold several). */
  policies: number;
  /** The date of the AWS Service Authorization Reference data, YYYY-MM-DD, and where it comes from. */
  dataDate: string;
  dataSource: string;
}
