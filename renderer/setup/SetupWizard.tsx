import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { call, useKassaApi } from '../kassa-api';
import { sessionKey, setupKey, useSetupStatus } from '../queries/use-session';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { ErrorText } from '../ui/ErrorText';
import { DeviceDiscovery, formOfFound, type FoundDevice } from './DeviceDiscovery';
import { DeviceForm } from './DeviceForm';
import { ManagerForm, type PersonForm } from './ManagerForm';

type Step = 'language' | 'device' | 'manager';
type DeviceChoice = 'scan' | 'address';

const steps: readonly Step[] = ['language', 'device', 'manager'];
const stepKey = { language: 'setup.stepLanguage', device: 'setup.stepDevice', manager: 'setup.stepManager' } as const satisfies Record<Step, string>;
const choiceKey = { scan: 'setup.scanTitle', address: 'setup.enterAddress' } as const satisfies Record<DeviceChoice, string>;

/**
 * The first start: language, the device (discovered, typed in, or the training device), and the
 * first manager. Each step can be done again later in Settings.
 */
export function SetupWizard({ locale, onLocale }: { locale: Locale; onLocale: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const protection = useSetupStatus().data?.secretProtection;
  const [step, setStep] = useState<Step>('language');
  const [choice, setChoice] = useState<DeviceChoice>('scan');
  const [picked, setPicked] = useState<FoundDevice>();
  const training = useMutation({ mutationFn: () => call(api, 'devices.activate', { id: 'training' }), onSuccess: () => setStep('manager') });
  const manager = useMutation({
    mutationFn: (form: PersonForm) => call(api, 'setup.createManager', form),
    onSuccess: (person) => {
      client.setQueryData(sessionKey, { person });
      client.setQueryData(setupKey, (old: { needsSetup: boolean } | undefined) => ({ ...old, needsSetup: false }));
    },
  });
  return (
    <main className="setup" data-testid="setup-wizard">
      <header className="setup-header">
        <h1>{t('setup.title')}</h1>
        <ol className="setup-steps">
          {steps.map((s, i) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {i + 1}. {t(stepKey[s])}
            </li>
          ))}
        </ol>
      </header>
      {step === 'language' && (
        <section className="setup-step">
          <p>{t('setup.chooseLanguage')}</p>
          <LanguageSwitch current={locale} onChange={onLocale} />
          <button type="button" className="touch primary" onClick={() => setStep('device')} data-testid="setup-next">
            {t('setup.next')}
          </button>
        </section>
      )}
      {step === 'device' && (
        <section className="setup-step">
          {/* The training device is one tap: no form, no password, nothing to choose first. */}
          <div className="setup-training">
            <button type="button" className="touch primary" disabled={training.isPending} onClick={() => training.mutate()} data-testid="use-training">
              {t('setup.useTraining')}
            </button>
            <p className="hint">{t('setup.trainingExplained')}</p>
            <ErrorText error={training.error} />
          </div>
          <div className="segmented" role="group">
            {(['scan', 'address'] as const).map((c) => (
              <button key={c} type="button" className={c === choice ? 'touch selected' : 'touch'} aria-pressed={c === choice} onClick={() => {
                  setChoice(c);
                  setPicked(undefined);
                }}
                data-testid={`choice-${c}`}>
                {t(choiceKey[c])}
              </button>
            ))}
          </div>
          {/* Only a real device's form takes a password to keep: the warning stands there, not over the training device. */}
          {protection && (choice === 'address' || picked !== undefined) && <p className="hint">{t(protection === 'os-keychain' ? 'setup.protectionKeychain' : 'setup.protectionFileKey')}</p>}
          {choice === 'scan' && !picked && <DeviceDiscovery onPick={setPicked} />}
          {choice === 'scan' && picked && (
            <DeviceForm start={formOfFound(picked)} onSaved={() => setStep('manager')} />
          )}
          {choice === 'address' && <DeviceForm start={{}} onSaved={() => setStep('manager')} />}
        </section>
      )}
      {step === 'manager' && (
        <section className="setup-step">
          <p>{t('setup.managerExplained')}</p>
          <ManagerForm busy={manager.isPending} submitLabel={t('setup.finish')} onSubmit={(form) => manager.mutate(form)} />
          <ErrorText error={manager.error} />
        </section>
      )}
    </main>
  );
}
