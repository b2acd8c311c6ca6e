// Files a change touches that the file selection leaves out (`app.cfn`, `extra.txt`, `infra/coverage/…`): read
// when their content is a CloudFormation template, a Terraform plan or an IAM policy document, whatever their name,
// so renaming a template to a skipped name cannot hide what it grants.
import { errorMessage } from '../errors.js';
import type { Diagnostic, ParseResult } from '../policy/model.js';
import { merge } from './cdk.js';
import { classifyDocument, parseDocument } from './parse.js';
import type { FileSource } from './source.js';

export interface BeyondSelection {
  result: ParseResult;
  /** The files read as IaC (each gets a notice that it lies outside `files.include`). */
  read: string[];
  /** Files that mention IaC but could not be read as it (too large, binary, not parseable), with the reason. */
  unreadable: { file: string; why: string }[];
}

const IAC_KINDS = new Set(['template', 'terraform-plan', 'policy', 'resource-policy']);

export async function readBeyondSelection(
  source: FileSource,
  files: string[],
  options: {
    maxFileBytes: number;
    parameters?: (file: string) => Readonly<Record<string, string | string[]>> | undefined;
  },
): Promise<BeyondSelection> {
  const out: BeyondSelection = {
    result: { entities: [], diagnostics: [], files: [] },
    read: [],
    unreadable: [],
  };
  for (const file of [...files].sort()) {
    let text: string | null;
    try {
      const size = source.size ? await source.size(file) : null;
      if (size !== null && size > options.maxFileBytes) {
        out.unreadable.push({
          file,
          why: `it is over the ${options.maxFileBytes} bytes limit (maxFileBytes)`,
        });
        continue;
      }
      text = await source.read(file);
    } catch (error) {
      out.unreadable.push({ file, why: `it could not be read (${errorMessage(error)})` });
      continue;
    }
    if (text === null) continue;
    const kind = classifyDocument(file, text);
    if (!IAC_KINDS.has(kind.kind)) {
      if (kind.mentionsIac && (kind.kind === 'binary' || kind.kind === 'unparseable'))
        out.unreadable.push({
          file,
          why: kind.kind === 'binary' ? 'it has binary content' : 'it does not parse',
        });
      continue;
    }
    const parameterValues = options.parameters?.(file);
    merge(out.result, parseDocument(file, text, undefined, parameterValues ? { parameterValues } : {}));
    out.read.push(file);
  }
  return out;
}

/** The notice for a file read beyond the selection. */
export function beyondSelectionNotice(file: string): Diagnostic {
  return {
    severity: 'warning',
    file,
    line: null,
    message: `${file} is outside files.include (or under files.exclude), but this change touches it and its content is IaC: read anyway, so a rename cannot hide what it grants`,
  };
}
