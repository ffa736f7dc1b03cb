import { createInterface } from 'node:readline';
import type { Pool } from 'pg';
import { NewPassword } from '../../shared/office/office-admin';
import { addOfficePerson } from '../office/office-people';

export type AddManagerOutcome = 'added' | 'passwordShort' | 'nameTaken';

/** The first line of standard input: typed at a prompt, or piped by an installer script. */
export async function readPasswordLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Adds an office person from the command line; the password never reaches argv or the logs. */
export async function addManager(pool: Pool, name: string, password: string): Promise<AddManagerOutcome> {
  if (!NewPassword.safeParse(password).success) return 'passwordShort';
  const { rows } = await pool.query('SELECT 1 FROM office_people WHERE name = $1', [name]);
  if (rows.length > 0) return 'nameTaken';
  await addOfficePerson(pool, name, password);
  return 'added';
}
