import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../shared/file-size';
import { confirmationMatches, type StartupProblem } from '../../shared/ipc/startup-channels';
import { Locale } from '../../shared/locale';
import { call, useKassaApi } from '../kassa-api';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { ErrorText } from '../ui/ErrorText';

const signKey = {
  secretKey: 'startup.signs.secretKey',
  logs: 'startup.signs.logs',
  trainingDevice: 'startup.signs.trainingDevice',
  backups: 'startup.signs.backups',
} as const satisfies Record<StartupProblem['signs'][number], string>;

/** The language of this screen only: the chosen one is in the lost database. */
function browserLocale(): Locale {
  const parsed = Locale.safeParse(navigator.language.slice(0, 2).toLowerCase());
  return parsed.success ? parsed.data : 'en';
}

/**
 * The database is missing or empty although the folder shows the shop's history: restore a
 * backup, use another folder, or start new after typing the confirmation word. Nothing is
 * created before one of them is chosen. Once the app runs, the page loads again as usual.
 */
export function StartupProblemScreen({ problem }: { problem: StartupProblem }) {
  const { t, i18n } = useTranslation();
  const api = useKassaApi();
  const [locale, setLocale] = useState<Locale>(() => browserLocale());
  const [folder, setFolder] = useState('');
  const [confirmation, setConfirmation] = useState('');
  useEffect(() => {
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [i18n, locale]);
  const reload = () => window.location.reload();
  const restore = useMutation({ mutationFn: (backup: string) => call(api, 'startup.restore', { backup }), onSuccess: reload });
  const startNew = useMutation({ mutationFn: () => call(api, 'startup.startNew', { confirmation }), onSuccess: reload });
  const useFolder = useMutation({ mutationFn: () => call(api, 'startup.useFolder', { dataDir: folder.trim() }) });
  const busy = restore.isPending || startNew.isPending || useFolder.isPending;
  const word = t('startup.confirmWord');
  return (
    <main className="setup startup-problem" data-testid="startup-problem">
      <header className="setup-header">
        <h1>{t('startup.title')}</h1>
        <LanguageSwitch current={locale} onChange={setLocale} />
      </header>
      <p role="alert">{t('startup.explain', { folder: problem.dataDir })}</p>
      <p>{t('startup.signsTitle')}</p>
      <ul>
        {problem.signs.map((sign) => (
          <li key={sign}>{t(signKey[sign])}</li>
        ))}
      </ul>

      <section className="setup-step" aria-label={t('startup.restoreTitle')}>
        <h2>{t('startup.restoreTitle')}</h2>
        <p>{t('startup.restoreExplain')}</p>
        {problem.backups.length === 0 && <p className="hint">{t('startup.noBackups')}</p>}
        <ul className="found-devices">
          {problem.backups.map((backup) => (
            <li key={backup.name}>
              <button type="button" className="touch found-device" disabled={busy} onClick={() => restore.mutate(backup.name)} data-testid="startup-backup">
                {t('startup.restore')}: {t('startup.backup', { day: backup.time ? `${backup.day} ${backup.time}` : backup.day, size: formatFileSize(backup.bytes, locale) })}
              </button>
            </li>
          ))}
        </ul>
        <ErrorText error={restore.error} />
      </section>

      <section className="setup-step fields" aria-label={t('startup.folderTitle')}>
        <h2>{t('startup.folderTitle')}</h2>
        <p>{t('startup.folderExplain')}</p>
        <label>
          {t('startup.folderLabel')}
          <input value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} data-testid="startup-folder" />
        </label>
        {problem.canSwitchFolder ? (
          <button type="button" className="touch" disabled={busy || folder.trim() === ''} onClick={() => useFolder.mutate()}>
            {t('startup.folderRestart')}
          </button>
        ) : (
          <>
            <p>{t('startup.folderCommand')}</p>
            <pre className="folder" data-testid="startup-command">{`npm start -- --data-dir "${folder.trim() || problem.dataDir}"`}</pre>
          </>
        )}
        <ErrorText error={useFolder.error} />
      </section>

      <section className="setup-step fields" aria-label={t('startup.newTitle')}>
        <h2>{t('startup.newTitle')}</h2>
        <p>{t('startup.newExplain', { word })}</p>
        <label>
          {t('startup.confirmLabel')}
          <input value={confirmation} onChange={(e) => setConfirmation(e.target.value)} autoComplete="off" data-testid="startup-confirm" />
        </label>
        <button
          type="button"
          className="touch danger"
          disabled={busy || !confirmationMatches(confirmation, word, locale)}
          onClick={() => startNew.mutate()}
          data-testid="startup-new"
        >
          {t('startup.startNew')}
        </button>
        <ErrorText error={startNew.error} />
      </section>
      {busy && <p aria-busy="true">{t('startup.working')}</p>}
    </main>
  );
}
