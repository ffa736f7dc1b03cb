import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';
import type { QuarantinedDocument } from '../../shared/ipc/quarantine-channels';
import type { Locale } from '../../shared/locale';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';

/** The translation key of a kind or state the journal's CHECK allows; the stored text itself otherwise. */
const keyOf = <K extends string, V extends string>(keys: Record<K, V>, value: string): V | undefined => (value in keys ? keys[value as K] : undefined);

/**
 * Journal documents the app cannot read back, with what they hold as stored, and for one that
 * holds back its device the manager's decision: set it aside, confirmed with their PIN.
 */
export function QuarantinePanel({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const listed = useQuery({ queryKey: ['journal.quarantine'], queryFn: () => call(api, 'journal.quarantine', {}) });
  return (
    <section className="quarantine" aria-label={t('quarantine.title')} data-testid="quarantine">
      <h3>{t('quarantine.title')}</h3>
      <p>{t('quarantine.explain')}</p>
      <ErrorText error={listed.error} />
      {listed.data?.length === 0 && <p>{t('quarantine.none')}</p>}
      {listed.data?.map((doc) => <QuarantinedItem key={doc.documentId} doc={doc} locale={locale} />)}
    </section>
  );
}

function QuarantinedItem({ doc, locale }: { doc: QuarantinedDocument; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [pin, setPin] = useState('');
  const setAside = useMutation({
    mutationFn: (typed: string) => call(api, 'journal.setAside', { uuid: doc.uuid, pin: typed }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['journal.quarantine'] }),
  });
  const kind = keyOf(documentKindKey, doc.kind);
  const state = keyOf(journalStateKey, doc.state);
  return (
    <article className="quarantined" data-testid="quarantined-document">
      <p>
        {t('quarantine.document', { kind: kind ? t(kind) : doc.kind, uuid: doc.uuid, state: state ? t(state) : doc.state, time: formatDateTime(new Date(doc.createdAt), locale) })}
      </p>
      <p>{t('quarantine.problem', { problem: doc.problem })}</p>
      <details>
        <summary>{t('quarantine.raw')}</summary>
        <pre className="raw">{doc.raw}</pre>
      </details>
      {doc.resolution === 'setAside' && doc.resolvedAt && <p>{t('quarantine.setAsideBy', { who: doc.resolvedBy ?? '', time: formatDateTime(new Date(doc.resolvedAt), locale) })}</p>}
      {doc.blocking && (
        <>
          <p className="device-error" role="alert">
            {t('quarantine.blocking', { device: doc.deviceId })}
          </p>
          {!confirming && (
            <button type="button" className="touch" onClick={() => setConfirming(true)} data-testid="quarantine-set-aside">
              {t('quarantine.setAside')}
            </button>
          )}
          {confirming && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                // The PIN leaves the field as it is sent: it never lingers on screen, right or wrong.
                setAside.mutate(pin);
                setPin('');
              }}
            >
              <p>{t(doc.state === 'pending' ? 'quarantine.confirm' : 'quarantine.confirmMaybeSent')}</p>
              <label>
                {t('quarantine.pin')}
                <input type="password" inputMode="numeric" autoComplete="off" value={pin} maxLength={8} onChange={(e) => setPin(e.target.value)} data-testid="quarantine-pin" />
              </label>
              <button type="submit" className="touch primary" disabled={pin.length < 4 || setAside.isPending} data-testid="quarantine-confirm">
                {t('quarantine.confirmButton')}
              </button>
              <button type="button" className="touch" onClick={() => setConfirming(false)}>
                {t('quarantine.cancel')}
              </button>
              <ErrorText error={setAside.error} />
            </form>
          )}
        </>
      )}
    </article>
  );
}
