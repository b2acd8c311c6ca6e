// Starts the local IAM endpoint for a test (127.0.0.1, port 0) and hands back the environment the AWS SDK needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../../src/local-iam/scenario.js';
import { type LocalIam, loadScenario, startLocalIam } from '../../src/local-iam/server.js';

// A type alias (not an interface) so it can be passed where NodeJS.ProcessEnv is expected.
export type LocalIamEnv = {
  AWS_ENDPOINT_URL_IAM: string;
  AWS_ENDPOINT_URL_STS: string;
  AWS_ENDPOINT_URL_CLOUDFORMATION: string;
  AWS_REGION: string;
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
};

export interface RunningLocalIam {
  url: string;
  env: LocalIamEnv;
  /** Every call the endpoint answered (operation, parameters, HTTP status, error code). */
  server: LocalIam;
  close(): Promise<void>;
}

/** The environment for SDK clients (and the CLI's `io.env`) that talk to a local endpoint at `url`. */
export function localIamEnv(url: string): LocalIamEnv {
  return {
    AWS_ENDPOINT_URL_IAM: url,
    AWS_ENDPOINT_URL_STS: url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
  };
}

/**
 * `const iam = await withLocalIam(scenario); … await iam.close();` The scenario goes through `loadScenario`, so a
 * plain object may use relative dates (`now-30d`) and gets the same checks as a scenario file (a `callerPolicy`
 * path is relative to the current directory).
 */
export async function withLocalIam(
  scenario: Scenario | Record<string, unknown>,
  /** Where the scenario lives, for the paths inside it (templates, callerPolicy); default the current folder. */
  file = path.join(process.cwd(), 'test-scenario.json'),
): Promise<RunningLocalIam> {
  const loaded = loadScenario(JSON.stringify(scenario), file);
  const server = await startLocalIam(loaded, { host: '127.0.0.1', port: 0 });
  return { url: server.url, env: localIamEnv(server.url), server, close: () => server.close() };
}

/** The local endpoint seeded with a scenario file (examples/scenario.json). */
export function withLocalIamFile(file: string): Promise<RunningLocalIam> {
  return withLocalIam(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, file);
}

/** A role ARN in the test account. */
export const ACCOUNT = '123456789012';
export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
export const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
export const groupArn = (name: string) => `arn:aws:iam::${ACCOUNT}:group/${name}`;
export const policyArn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
