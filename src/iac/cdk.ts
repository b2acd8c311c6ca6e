// CDK cloud assemblies (`cdk.out`): manifest.json, every stack template, nested assemblies (stages), construct paths.
import { errorMessage } from '../errors.js';
import type { Diagnostic, Entity, ParseResult } from '../policy/model.js';
import { isRecord } from './intrinsics.js';
import { parseDocument } from './parse.js';
import type { FileSource } from './source.js';
import { parseStructured } from './text.js';

/** Nested assemblies deeper than this are not followed (a stage inside a stage inside …). */
const MAX_ASSEMBLY_DEPTH = 8;

export function joinFile(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

export function dirOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

/** True when the parsed manifest.json is a cloud assembly manifest. */
export function isAssemblyManifest(document: unknown): document is Record<string, unknown> {
  return isRecord(document) && typeof document['version'] === 'string' && isRecord(document['artifacts']);
}

export interface AssemblyReader {
  source: FileSource;
  /** Reads a file's text, or null with a diagnostic already recorded (missing, too large). */
  readText(file: string): Promise<string | null>;
  /** Whether a template of this assembly should be read (all of them when the folder was asked for). */
  wanted(file: string): boolean;
}

/** Reads an assembly folder: every stack template with its stack name, and nested assemblies. */
export async function readAssembly(reader: AssemblyReader, dir: string, depth = 0): Promise<ParseResult> {
  const result: ParseResult = { entities: [], diagnostics: [], files: [] };
  const manifestFile = joinFile(dir, 'manifest.json');
  const text = await reader.readText(manifestFile);
  if (text === null) return result;
  const parsed = parseStructured(text, true);
  if (!parsed.ok || !isAssemblyManifest(parsed.value)) {
    result.diagnostics.push({
      severity: 'error',
      file: manifestFile,
      line: parsed.ok ? 1 : parsed.line,
      message: parsed.ok ? `${manifestFile} is not a cloud assembly manifest` : parsed.message,
    });
    return result;
  }
  result.files.push(manifestFile);
  const artifacts = parsed.value['artifacts'] as Record<string, unknown>;
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact['properties']) ? artifact['properties'] : {};
    try {
      if (artifact['type'] === 'aws:cloudformation:stack' && typeof properties['templateFile'] === 'string') {
        const file = joinFile(dir, properties['templateFile']);
        if (!reader.wanted(file)) continue;
        const template = await reader.readText(file);
        if (template === null) continue;
        const stackName = typeof properties['stackName'] === 'string' ? properties['stackName'] : id;
        const paths = constructPaths(artifact['metadata']);
        // Newer CDK versions write the metadata to a file of its own.
        if (typeof artifact['additionalMetadataFile'] === 'string') {
          const extra = await reader.readText(joinFile(dir, artifact['additionalMetadataFile']));
          const parsedExtra = extra === null ? null : parseStructured(extra, true);
          if (parsedExtra?.ok)
            for (const [logicalId, at] of constructPaths(parsedExtra.value)) paths.set(logicalId, at);
        }
        merge(result, parseDocument(file, template, { stackName, constructPaths: paths }));
      } else if (
        artifact['type'] === 'cdk:cloud-assembly' &&
        typeof properties['directoryName'] === 'string'
      ) {
        if (depth >= MAX_ASSEMBLY_DEPTH) {
          result.diagnostics.push(
            problem(
              manifestFile,
              `nested assembly ${id} is deeper than ${MAX_ASSEMBLY_DEPTH} levels; not read`,
            ),
          );
          continue;
        }
        merge(result, await readAssembly(reader, joinFile(dir, properties['directoryName']), depth + 1));
      }
    } catch (error) {
      result.diagnostics.push(problem(manifestFile, `artifact ${id}: ${errorMessage(error)}`));
    }
  }
  return result;
}

function problem(file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: null, message };
}

/** The manifest's `aws:cdk:logicalId` metadata: logical id → construct path (`Stack/Role/Resource`). */
function constructPaths(metadata: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isRecord(metadata)) return out;
  for (const [constructPath, entries] of Object.entries(metadata)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (isRecord(entry) && entry['type'] === 'aws:cdk:logicalId' && typeof entry['data'] === 'string') {
        out.set(entry['data'], constructPath.replace(/^\//, ''));
      }
    }
  }
  return out;
}

export function merge(into: ParseResult, from: ParseResult): void {
  into.entities.push(...from.entities);
  into.diagnostics.push(...from.diagnostics);
  if (from.notes) {
    into.notes ??= [];
    into.notes.push(...from.notes);
  }
  for (const file of from.files) if (!into.files.includes(file)) into.files.push(file);
  if (from.priorEntities) {
    into.priorEntities ??= [];
    into.priorEntities.push(...from.priorEntities);
  }
}

export type { Entity };
