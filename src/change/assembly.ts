// The stacks of a CDK cloud assembly, as its manifest.json declares them: name, template file and environment
// (`aws://account/region`), nested assemblies (stages) included. What the deployed-template base needs to ask for.
import { dirOf, isAssemblyManifest, joinFile } from '../iac/cdk.js';
import { isRecord } from '../iac/intrinsics.js';
import type { FileSource } from '../iac/source.js';
import { parseStructured } from '../iac/text.js';

export interface AssemblyStack {
  stackName: string;
  /** Repository-relative path of the stack's template. */
  templateFile: string;
  /** Null when the app is environment-agnostic (`unknown-account`). */
  account: string | null;
  /** Null when the app is environment-agnostic (`unknown-region`). */
  region: string | null;
}

const MAX_DEPTH = 8;

/** `aws://123456789012/eu-west-1` → account and region; `unknown-*` placeholders are null. */
export function parseEnvironment(environment: unknown): { account: string | null; region: string | null } {
  const match = typeof environment === 'string' ? /^aws:\/\/([^/]+)\/(.+)$/.exec(environment) : null;
  const account = match?.[1] && /^\d{12}$/.test(match[1]) ? match[1] : null;
  const region = match?.[2] && !match[2].startsWith('unknown-') ? match[2] : null;
  return { account, region };
}

/** Every stack of the assembly whose manifest is `manifestFile`; a manifest that cannot be read gives none. */
export async function assemblyStacks(
  source: FileSource,
  manifestFile: string,
  depth = 0,
): Promise<AssemblyStack[]> {
  const text = await source.read(manifestFile).catch(() => null);
  if (text === null) return [];
  const parsed = parseStructured(text, true);
  if (!parsed.ok || !isAssemblyManifest(parsed.value)) return [];
  const dir = dirOf(manifestFile);
  const stacks: AssemblyStack[] = [];
  for (const [id, artifact] of Object.entries(parsed.value['artifacts'] as Record<string, unknown>)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact['properties']) ? artifact['properties'] : {};
    if (artifact['type'] === 'aws:cloudformation:stack' && typeof properties['templateFile'] === 'string') {
      stacks.push({
        stackName: typeof properties['stackName'] === 'string' ? properties['stackName'] : id,
        templateFile: joinFile(dir, properties['templateFile']),
        ...parseEnvironment(artifact['environment']),
      });
    } else if (
      artifact['type'] === 'cdk:cloud-assembly' &&
      typeof properties['directoryName'] === 'string' &&
      depth < MAX_DEPTH
    ) {
      const nested = joinFile(joinFile(dir, properties['directoryName']), 'manifest.json');
      stacks.push(...(await assemblyStacks(source, nested, depth + 1)));
    }
  }
  return stacks;
}
