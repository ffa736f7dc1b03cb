import { addOfficePerson } from '../office/office-people';
import type { CallOptions, Reply, TestOffice } from './office-service';

export const managerPassword = 'correct horse battery';

/** A manager of the office, signed in over HTTPS: calls carry the session cookie the sign-in set. */
export async function signedInManager(office: TestOffice, name = 'Leyla') {
  await addOfficePerson(office.db.pool, name, managerPassword);
  const reply = await office.call('POST', '/api/office/session', { body: { name, password: managerPassword } });
  const setCookie = String(reply.headers['set-cookie'] ?? '');
  const cookie = setCookie.split(';')[0] ?? '';
  return {
    setCookie,
    cookie,
    call: (method: string, path: string, options: CallOptions = {}): Promise<Reply> => office.call(method, path, { ...options, cookie }),
  };
}
