/**
 * How the training device reads `data=<b64>&sign=<b64>`: percent escapes are decoded, and `+` is
 * kept as `+` (not a space), since both public clients send Base64's `+` raw and real devices
 * accept it (ambiguity B1). What arrived is recorded for the wire checks.
 */
export interface FormFields {
  data?: string;
  sign?: string;
  /** A raw `+` arrived in the body. */
  plusRaw: boolean;
  /** `+` arrived escaped as %2B. */
  plusEscaped: boolean;
  /** `=` arrived escaped as %3D. */
  equalsEscaped: boolean;
}

export function readForm(body: string): FormFields {
  const fields: Record<string, string> = {};
  for (const pair of body.split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    fields[pair.slice(0, at)] = pair.slice(at + 1).replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  return { data: fields.data, sign: fields.sign, plusRaw: body.includes('+'), plusEscaped: /%2B/i.test(body), equalsEscaped: /%3D/i.test(body) };
}

/** Strict standard Base64 with padding: what the device decodes `data` with (else code 2). */
export function decodeBase64(text: string): string | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) return undefined;
  const decoded = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoded.decode(bytes);
  } catch {
    return undefined;
  }
}
