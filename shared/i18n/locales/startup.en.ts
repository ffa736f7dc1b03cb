/** Start-up: one-line failure reasons, the recovery screen, the data folder's doctor, backups. */
export const startupEn = {
  failed: {
    damaged:
      'The database {{file}} is damaged, so Kassa did not open it. Close Kassa, move that file (and any -wal and -shm beside it) out of the folder and start again: Kassa then offers the backups in {{backups}}.',
    notAFile: '{{file}} is not a file (a folder has its name), so Kassa cannot use it. Move it away, or start Kassa with another data folder (--data-dir).',
    diskFull: 'The disk holding {{file}} is full. Free some space on it, then start Kassa again.',
    noAccess: 'Kassa may not read or write {{file}}. Give the user who runs Kassa full access to that folder, or start with another data folder (--data-dir).',
    diskError: 'The disk holding {{file}} could not be read or written. Check the disk, copy the data folder to a sound one and start Kassa with it (--data-dir).',
    portInUse: 'Port {{port}} is already in use, perhaps by another Kassa. Close that one, or start with another port (--port).',
    unexpected: 'Kassa could not start: {{detail}}. The details are in the log in {{logs}}; send it to support.',
  },
  waiting: 'The database is missing in {{folder}} although the shop has used Kassa there: open the address to restore a backup or choose what to do.',
  title: 'Kassa’s database is missing',
  explain:
    'The data folder {{folder}} shows that this shop has used Kassa before, but its database (kassa.sqlite3) is missing or empty. Nothing new has been created. Choose what to do.',
  signsTitle: 'Found in the folder:',
  signs: {
    secretKey: 'the key of the device passwords (secret.key)',
    logs: 'logs of earlier days',
    trainingDevice: 'the training device’s memory',
    backups: 'backups of the database',
  },
  restoreTitle: 'Restore a backup',
  restoreExplain: 'The backup takes the missing database’s place. Documents made after it are not in it; the device’s own reports still have them.',
  noBackups: 'No backups were found in this folder.',
  backup: '{{day}} ({{size}})',
  restore: 'Restore',
  folderTitle: 'Use another data folder',
  folderExplain: 'If the database was moved, or lives on another disk, give that folder.',
  folderLabel: 'Folder (full path)',
  folderRestart: 'Restart Kassa with this folder',
  folderCommand: 'Close Kassa and start it again with that folder:',
  newTitle: 'Start new',
  newExplain: 'Starts an empty journal and the setup wizard. Earlier documents then stay only on the device and in the backups. Type {{word}} to confirm.',
  confirmWord: 'NEW',
  confirmLabel: 'Confirmation',
  startNew: 'Start new',
  working: 'Working…',
  backups: {
    keep: 'Daily database backups to keep (1–365)',
  },
  doctor: {
    databaseOk: 'The database {{file}} passed SQLite’s integrity check.',
    databaseDamaged: 'The database {{file}} is damaged ({{detail}}): close Kassa and restore a backup (README: Back up the database).',
    databaseMissing: 'There is no database at {{file}}.',
    backups: 'Backups: {{count}}, the newest from {{day}}.',
    noBackups: 'No backups in {{folder}}: Kassa makes one a day while it runs.',
  },
};

export type StartupTexts = typeof startupEn;
