/** The shop office service's command-line lines (hq/main.ts), for the person who runs it. */
export const hqEn = {
  running: 'The shop office is running at {{url}}',
  fingerprint: 'Certificate fingerprint (SHA-256), compare it on each till that joins: {{fingerprint}}',
  ownDatabase: 'No DATABASE_URL: using a PostgreSQL of its own in {{folder}}',
  stop: 'Ctrl+C stops the office.',
  badFlag: 'Wrong flag: {{detail}}',
  noPostgres: 'No PostgreSQL server programs (initdb, pg_ctl) found: install PostgreSQL (Debian: apt-get install postgresql) or set DATABASE_URL.',
  databaseUnreachable: 'The office cannot reach its database ({{detail}}): check DATABASE_URL and that PostgreSQL runs.',
  portTaken: 'Port {{port}} is taken: stop the other program or choose another with --port.',
  failed: 'The office could not start: {{detail}}',
  passwordPrompt: 'Password for {{name}} (one line, at least 10 characters):',
  passwordShort: 'The password is shorter than 10 characters; nobody was added.',
  nameTaken: 'An office person named {{name}} exists already; nobody was added.',
  personAdded: '{{name}} can sign in to the office now.',
};

export type HqTexts = typeof hqEn;
