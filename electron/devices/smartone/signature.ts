import { createHash } from 'node:crypto';

/**
 * The SmartOne wire form (field notes §2): `data` is the standard Base64 (with `+/` and `=`
 * padding) of the request's UTF-8 JSON bytes; `sign` is the Base64 of the lowercase hex SHA-1 of
 * `data` followed by the merchant id. Both are computed at send time: the merchant id is a secret
 * and never part of what the journal stores.
 */
export function encodeData(json: string): string {
  // From the UTF-8 bytes: Cyrillic and Azerbaijani letters are more than one byte each.
  return Buffer.from(json, 'utf8').toString('base64');
}

export function signData(data: string, merchantId: string): string {
  const hex = createHash('sha1').update(data + merchantId, 'utf8').digest('hex');
  return Buffer.from(hex, 'ascii').toString('base64');
}

/**
 * The form body. Only `=` is escaped (`%3D`), in both values; `+` and `/` go raw, as both public
 * clients send them (spec §1, ambiguity B1). The signature is over the un-escaped `data`.
 */
export function formBody(json: string, merchantId: string): string {
  const data = encodeData(json);
  return `data=${escapeEquals(data)}&sign=${escapeEquals(signData(data, merchantId))}`;
}

function escapeEquals(value: string): string {
  return value.replaceAll('=', '%3D');
}
