import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import type { SignIn } from '../../shared/office/office-admin';
import { sha256 } from '../db/canonical-hash';
import { OfficeFailure } from '../http/failure';
import { hashPassword, passwordMatches, unknownPersonHash } from './password';

export const sessionCookie = 'kassa_office';
/** A working day and a bit: a manager signs in each morning; a stolen cookie does not live long. */
const sessionHours = 12;

export interface OfficePerson {
  id: string;
  name: string;
}

export async function addOfficePerson(pool: Pool, name: string, password: string): Promise<void> {
  await pool.query('INSERT INTO office_people (name, password_hash) VALUES ($1, $2)', [name, await hashPassword(password)]);
}

/** Signs a person in: answers the cookie's value (kept only as a hash) or refuses without saying which half was wrong. */
export async function signIn(pool: Pool, { name, password }: SignIn): Promise<{ person: OfficePerson; token: string }> {
  const { rows } = await pool.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM office_people WHERE name = $1', [name]);
  const person = rows[0];
  const matches = await passwordMatches(password, person?.password_hash ?? unknownPersonHash);
  if (!person || !matches) throw new OfficeFailure(401, 'signInFailed', 'wrong name or password');
  const token = randomBytes(32).toString('base64url');
  await pool.query("INSERT INTO office_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 hour')", [
    sha256(token),
    person.id,
    sessionHours,
  ]);
  await pool.query('DELETE FROM office_sessions WHERE expires_at < now()');
  return { person: { id: person.id, name }, token };
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, value] = part.trim().split('=');
    if (key === sessionCookie && value) return value;
  }
  return undefined;
}

/** The signed-in person of a request, or a refusal: every office route but sign-in goes through here. */
export async function sessionPerson(pool: Pool, req: IncomingMessage): Promise<OfficePerson> {
  const token = cookieToken(req);
  if (token) {
    const { rows } = await pool.query<OfficePerson>(
      'SELECT p.id, p.name FROM office_sessions s JOIN office_people p ON p.id = s.person_id WHERE s.token_hash = $1 AND s.expires_at > now()',
      [sha256(token)],
    );
    if (rows[0]) return rows[0];
  }
  throw new OfficeFailure(401, 'unauthorized', 'sign in to the office first');
}

export async function signOut(pool: Pool, req: IncomingMessage): Promise<void> {
  const token = cookieToken(req);
  if (token) await pool.query('DELETE FROM office_sessions WHERE token_hash = $1', [sha256(token)]);
}

export function sessionCookieHeader(token: string): string {
  return `${sessionCookie}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${sessionHours * 3600}`;
}

export const clearedSessionCookie = `${sessionCookie}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;
