import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface OfficeCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, `AB:CD:…`: what a till pins and an installer compares by eye. */
  fingerprint: string;
}

const keyFile = 'office-key.pem';
const certFile = 'office-cert.pem';

/**
 * The office's own certificate, made at the first start and kept in the data folder: tills pin
 * its fingerprint, so it must outlive restarts (a new one means every till joins again). Ten
 * years, since no authority renews it; the key file is readable by the service's user only.
 */
export async function officeCertificate(dataDir: string, addresses: string[]): Promise<OfficeCertificate> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keyPath = join(dataDir, keyFile);
  const certPath = join(dataDir, certFile);
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    const notAfterDate = new Date();
    notAfterDate.setFullYear(notAfterDate.getFullYear() + 10);
    const made = await generate([{ name: 'commonName', value: 'Kassa shop office' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, ...addresses.map((ip) => ({ type: 7 as const, ip }))] },
      ],
    });
    // Written aside and renamed, so a crash never leaves a key without its certificate.
    writeFileSync(`${keyPath}.new`, made.private, { mode: 0o600 });
    writeFileSync(`${certPath}.new`, made.cert, { mode: 0o644 });
    renameSync(`${keyPath}.new`, keyPath);
    renameSync(`${certPath}.new`, certPath);
  }
  const cert = readFileSync(certPath, 'utf8');
  return { key: readFileSync(keyPath, 'utf8'), cert, fingerprint: new X509Certificate(cert).fingerprint256 };
}
