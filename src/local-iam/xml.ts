// awsQuery XML bodies: success envelopes, ErrorResponse, and list members, in the layout AWS documents.

export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
export const CLOUDFORMATION_NAMESPACE = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

/** A value in a result: objects keep key order, arrays become `<member>` lists, undefined is left out. */
export type XmlValue = string | number | boolean | undefined | XmlValue[] | { [key: string]: XmlValue };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: XmlValue, indent: string): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}<${name}/>\n`;
    const members = value.map((member) => element('member', member, `${indent}  `)).join('');
    return `${indent}<${name}>\n${members}${indent}</${name}>\n`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .map(([key, child]) => element(key, child, `${indent}  `))
      .join('');
    return `${indent}<${name}>\n${children}${indent}</${name}>\n`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

/** `<OpResponse xmlns><OpResult>…</OpResult><ResponseMetadata><RequestId>` */
export function successBody(
  operation: string,
  namespace: string,
  result: Record<string, XmlValue>,
  requestId: string,
): string {
  return (
    `<${operation}Response xmlns="${namespace}">\n` +
    element(`${operation}Result`, result, '  ') +
    `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n` +
    `</${operation}Response>\n`
  );
}

/** `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`: RequestId is a direct child. */
export function errorBody(
  namespace: string,
  error: { type: 'Sender' | 'Receiver'; code: string; message: string },
  requestId: string,
): string {
  return (
    `<ErrorResponse xmlns="${namespace}">\n` +
    `  <Error>\n    <Type>${error.type}</Type>\n    <Code>${escapeXml(error.code)}</Code>\n` +
    `    <Message>${escapeXml(error.message)}</Message>\n  </Error>\n` +
    `  <RequestId>${requestId}</RequestId>\n` +
    `</ErrorResponse>\n`
  );
}
