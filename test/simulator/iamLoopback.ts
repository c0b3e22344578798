import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for AWS IAM that speaks the Query protocol: form-encoded POSTs in, XML out.
 * It recomputes every request's SigV4 signature from the canonical request with node:crypto, so a
 * test can assert that the real SDK client signed with the credentials it was given.
 */

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ReceivedRequest {
  params: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The access key id named in the Authorization header's Credential. */
  accessKeyId?: string;
  /** The signature recomputed with the known secret equals the one sent. */
  signatureValid: boolean;
  signedHeaders: string[];
}

export type Reply = { status: number; body: string } | { hang: true };

export interface IamLoopback {
  endpoint: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startIamLoopback(credentials: TestCredentials, reply: (request: ReceivedRequest) => Reply): Promise<IamLoopback> {
  const requests: ReceivedRequest[] = [];
  const hanging = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const received = inspect(req, body, credentials);
      requests.push(received);
      const answer = reply(received);
      if ('hang' in answer) {
        hanging.add(() => res.destroy());
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'loopback-request' });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const release of hanging) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function inspect(req: IncomingMessage, body: string, credentials: TestCredentials): ReceivedRequest {
  const authorization = req.headers.authorization ?? '';
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(authorization);
  const received: ReceivedRequest = { params: new URLSearchParams(body), headers: req.headers, signatureValid: false, signedHeaders: [] };
  if (!match) return received;
  const [, accessKeyId, date, region, service, signedHeaderList, signature] = match;
  received.accessKeyId = accessKeyId;
  received.signedHeaders = signedHeaderList.split(';');
  const canonicalHeaders = received.signedHeaders.map((name) => `${name}:${headerValue(req, name)}\n`).join('');
  const [path, query = ''] = (req.url ?? '/').split('?');
  // The signed payload hash must be the body's: a signature over another body proves nothing.
  const payloadHash = sha256(body);
  if (headerValue(req, 'x-amz-content-sha256') && headerValue(req, 'x-amz-content-sha256') !== payloadHash) return received;
  const canonicalRequest = [req.method, path, canonicalQuery(query), canonicalHeaders, signedHeaderList, payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', headerValue(req, 'x-amz-date'), scope, sha256(canonicalRequest)].join('\n');
  let key: Buffer = hmac(`AWS4${credentials.secretAccessKey}`, date);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  received.signatureValid = createHmac('sha256', key).update(stringToSign).digest('hex') === signature;
  return received;
}

function headerValue(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ');
}

function canonicalQuery(query: string): string {
  if (!query) return '';
  return query.split('&').sort().join('&');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** The XML AWS returns for a simulation with one evaluation result. */
export function simulationXml(operation: 'SimulateCustomPolicy' | 'SimulatePrincipalPolicy', result: {
  action: string;
  resource: string;
  decision: string;
  matched?: { policyId: string; type?: string; start: [number, number]; end: [number, number] }[];
  missing?: string[];
}): string {
  const matched = (result.matched ?? [])
    .map(
      (m) =>
        `<member><SourcePolicyId>${m.policyId}</SourcePolicyId><SourcePolicyType>${m.type ?? 'IAM Policy'}</SourcePolicyType>` +
        `<StartPosition><Line>${m.start[0]}</Line><Column>${m.start[1]}</Column></StartPosition>` +
        `<EndPosition><Line>${m.end[0]}</Line><Column>${m.end[1]}</Column></EndPosition></member>`,
    )
    .join('');
  const missing = (result.missing ?? []).map((key) => `<member>${key}</member>`).join('');
  return `<${operation}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <${operation}Result>
    <IsTruncated>false</IsTruncated>
    <EvaluationResults>
      <member>
        <EvalActionName>${result.action}</EvalActionName>
        <EvalResourceName>*</EvalResourceName>
        <EvalDecision>${result.decision}</EvalDecision>
        <MatchedStatements>${matched}</MatchedStatements>
        <MissingContextValues/>
        <ResourceSpecificResults>
          <member>
            <EvalResourceName>${result.resource}</EvalResourceName>
            <EvalResourceDecision>${result.decision}</EvalResourceDecision>
            <MatchedStatements>${matched}</MatchedStatements>
            <MissingContextValues>${missing}</MissingContextValues>
          </member>
        </ResourceSpecificResults>
      </member>
    </EvaluationResults>
  </${operation}Result>
  <ResponseMetadata><RequestId>loopback-request</RequestId></ResponseMetadata>
</${operation}Response>`;
}

/** The XML of an IAM Query error. */
export function errorXml(code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): string {
  return `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>loopback-request</RequestId></ErrorResponse>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
