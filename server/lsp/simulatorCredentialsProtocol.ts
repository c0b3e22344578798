/** The custom request the simulator command sends first, shared by the server and the client (the client must not import the SDK). */

/** Asked by the simulator command before its questions: are there AWS credentials to sign with? */
export const SIMULATOR_CREDENTIALS_REQUEST = 'connectIam/simulatorCredentials';

export interface SimulatorCredentialsParams {
  /** The `connectIam.aws` settings. */
  aws: { profile?: string; region?: string; endpoint?: string };
}

export interface SimulatorCredentialsResult {
  /** Why the simulator cannot be asked (no, expired or unreadable credentials); absent when it can. */
  error?: string;
}
