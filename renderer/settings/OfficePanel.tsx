import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import { OfficeProblemCode, type OfficeStatus } from '../../shared/ipc/office-channels';
import { officeProblemKey, outboxTypeKey } from '../../shared/i18n/office-keys';
import type { Locale } from '../../shared/locale';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';

const statusKey = ['office.status'] as const;
const conflictsKey = ['office.conflicts'] as const;
/** The outbox moves in the background: the section looks again this often while it is open. */
const refreshMs = 3_000;

/** The shop office (issue 21): join with the office's code, watch the outbox, leave. */
export function OfficePanel({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const status = useQuery({ queryKey: statusKey, queryFn: () => call(api, 'office.status', {}), refetchInterval: refreshMs });
  return (
    <section className="settings-panel office" aria-label={t('office.title')} data-testid="office-panel">
      <h3>{t('office.title')}</h3>
      <p>{t('office.explain')}</p>
      <ErrorText error={status.error} />
      {status.data?.joined === false && <JoinForm />}
      {status.data?.joined === true && <Joined status={status.data} locale={locale} />}
    </section>
  );
}

/** The office's problem in the manager's words, when a call failed with one. */
function useProblemText(): (error: unknown) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof KassaCallError) || error.error.code !== 'office_failed') return undefined;
    const problem = OfficeProblemCode.safeParse((error.error.details as { problem?: unknown } | undefined)?.problem);
    return problem.success ? t(officeProblemKey[problem.data]) : undefined;
  };
}

function JoinForm() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const problemText = useProblemText();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [tillName, setTillName] = useState('');
  const probe = useMutation({ mutationFn: () => call(api, 'office.probe', { address }) });
  const join = useMutation({
    mutationFn: (checked: { address: string; fingerprint: string }) => call(api, 'office.join', { ...checked, code, tillName }),
    onSuccess: (value) => client.setQueryData(statusKey, value),
  });
  const checked = probe.data;
  const error = join.error ?? probe.error;
  return (
    <form
      className="fields"
      onSubmit={(event) => {
        event.preventDefault();
        if (checked) join.mutate(checked);
        else probe.mutate();
      }}
    >
      <label>
        {t('office.address')}
        <input
          value={address}
          onChange={(e) => {
            setAddress(e.target.value);
            // Another address is another office: its certificate is compared afresh.
            probe.reset();
          }}
          maxLength={200}
          inputMode="url"
          autoComplete="off"
          data-testid="office-address"
        />
      </label>
      {!checked && (
        <button type="submit" className="touch" disabled={address.trim() === '' || probe.isPending} data-testid="office-check">
          {t('office.check')}
        </button>
      )}
      {checked && (
        <>
          <p>
            {t('office.fingerprint')}: <code data-testid="office-fingerprint">{checked.fingerprint}</code>
          </p>
          <p>{t('office.compare')}</p>
          <label>
            {t('office.code')}
            <input value={code} onChange={(e) => setCode(e.target.value)} maxLength={9} autoComplete="off" data-testid="office-code" />
          </label>
          <label>
            {t('office.tillName')}
            <input value={tillName} onChange={(e) => setTillName(e.target.value)} maxLength={80} data-testid="office-till-name" />
          </label>
          <button type="submit" className="touch primary" disabled={code.trim() === '' || tillName.trim() === '' || join.isPending} data-testid="office-join">
            {t('office.join')}
          </button>
        </>
      )}
      <ErrorText error={error} />
      {problemText(error) && (
        <p className="device-error" data-testid="office-problem">
          {problemText(error)}
        </p>
      )}
    </form>
  );
}

function Joined({ status, locale }: { status: Extract<OfficeStatus, { joined: true }>; locale: Locale }) {
  const { t } = useTranslation();
  const time = (iso: string) => formatDateTime(new Date(iso), locale);
  return (
    <div data-testid="office-joined">
      <p data-testid="office-shop">{t('office.joined', { shop: status.shopName, till: status.tillName, time: time(status.joinedAt) })}</p>
      <p>
        {status.address} · {t('office.fingerprint')}: <code>{status.fingerprint}</code>
      </p>
      <p data-testid="office-waiting">{t('office.waiting', { count: status.waiting })}</p>
      <p data-testid="office-last-push">{status.lastPushAt ? t('office.lastPush', { time: time(status.lastPushAt) }) : t('office.notPushed')}</p>
      {status.lastPushError && (
        <p className="device-error" role="alert" data-testid="office-push-error">
          {t('office.pushFails', { problem: t(officeProblemKey[status.lastPushError]) })}
        </p>
      )}
      <p>{status.lastPullAt ? t('office.lastPull', { time: time(status.lastPullAt) }) : t('office.notPulled')}</p>
      {status.lastPullError && (
        <p className="device-error" role="alert" data-testid="office-pull-error">
          {t('office.pullFails', { problem: t(officeProblemKey[status.lastPullError]) })}
        </p>
      )}
      {!status.localProductsAllowed && <p>{t('office.localProductsOff')}</p>}
      <Conflicts count={status.conflicts} locale={locale} />
      <Leave />
    </div>
  );
}

function Conflicts({ count, locale }: { count: number; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const listed = useQuery({ queryKey: [...conflictsKey, count], queryFn: () => call(api, 'office.conflicts', {}), enabled: count > 0 });
  if (count === 0) return <p>{t('office.noConflicts')}</p>;
  return (
    <section data-testid="office-conflicts">
      <p>{t('office.conflicts', { count })}</p>
      <ErrorText error={listed.error} />
      <ul>
        {listed.data?.map((conflict) => (
          <li key={conflict.seq}>{t('office.conflict', { type: t(outboxTypeKey[conflict.type]), identity: conflict.identity, time: formatDateTime(new Date(conflict.at), locale) })}</li>
        ))}
      </ul>
    </section>
  );
}

function Leave() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation({
    mutationFn: () => call(api, 'office.leave', {}),
    onSuccess: async ({ officeTold }) => {
      setConfirming(false);
      if (officeTold) await client.invalidateQueries({ queryKey: statusKey });
    },
  });
  if (leave.data && !leave.data.officeTold) return <p role="alert">{t('office.leftUntold')}</p>;
  if (!confirming) {
    return (
      <button type="button" className="touch" onClick={() => setConfirming(true)} data-testid="office-leave">
        {t('office.leave')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={t('office.leave')}>
      <p>{t('office.leaveConfirm')}</p>
      <button type="button" className="touch primary" onClick={() => leave.mutate()} disabled={leave.isPending} data-testid="office-leave-confirm">
        {t('office.leaveYes')}
      </button>
      <button type="button" className="touch" onClick={() => setConfirming(false)}>
        {t('office.cancel')}
      </button>
      <ErrorText error={leave.error} />
    </div>
  );
}
