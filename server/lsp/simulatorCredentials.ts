import { checkCredentials } from '../simulator/credentials';
import { guard } from './guard';
import type { ServerContext } from './serverContext';
import { SIMULATOR_CREDENTIALS_REQUEST, type SimulatorCredentialsParams, type SimulatorCredentialsResult } from './simulatorCredentialsProtocol';

/** connectIam/simulatorCredentials: resolves the credentials the simulator would use, calling no AWS API. */
export function registerSimulatorCredentials(context: ServerContext): void {
  const { connection } = context;
  connection.onRequest(
    SIMULATOR_CREDENTIALS_REQUEST,
    guard(connection.console, 'Simulator credentials', {}, async (params: SimulatorCredentialsParams): Promise<SimulatorCredentialsResult> => {
      const failure = await checkCredentials({ profile: params.aws.profile || undefined, region: params.aws.region || undefined, endpoint: params.aws.endpoint || undefined });
      return failure ? { error: failure.message } : {};
    }),
  );
}
