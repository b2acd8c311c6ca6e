// SAM: the implicit role of serverless functions and the expansion of SAM policy templates.
import { SAM_POLICY_TEMPLATES } from './sam-templates.js';

export const SAM_BASIC_EXECUTION_ARN = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

/** Action lists, one per statement, of a SAM policy template; null when the template is not known here. */
export function expandSamPolicyTemplate(name: string): readonly (readonly string[])[] | null {
  return Object.hasOwn(SAM_POLICY_TEMPLATES, name) ? SAM_POLICY_TEMPLATES[name]! : null;
}
