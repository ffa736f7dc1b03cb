import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../shared/ipc/contract';
import { Role, type PersonView } from '../../shared/people/people';
import { call, useKassaApi } from '../kassa-api';
import { roleKey } from '../people/labels';
import { ManagerForm } from '../setup/ManagerForm';
import { ErrorText } from '../ui/ErrorText';

const peopleKey = ['people.all'] as const;

/** Who may work here, in which role; PINs are set, never shown. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const people = useQuery({ queryKey: peopleKey, queryFn: () => call(api, 'people.all', {}), staleTime: 0 });
  const [role, setRole] = useState<Role>('cashier');
  const [resetting, setResetting] = useState<PersonView>();
  const save = useMutation({
    mutationFn: (input: ChannelInput<'people.save'>) => call(api, 'people.save', input),
    onSuccess: () => {
      setResetting(undefined);
      void client.invalidateQueries({ queryKey: peopleKey });
      void client.invalidateQueries({ queryKey: ['people.list'] });
    },
  });
  const change = (person: PersonView, patch: Partial<ChannelInput<'people.save'>>) =>
    save.mutate({ id: person.id, name: person.name, role: person.role, active: person.active, ...patch });
  return (
    <section className="settings-panel" aria-label={t('settings.people')}>
      <table className="settings-table">
        <thead>
          <tr>
            <th>{t('setup.managerName')}</th>
            <th>{t('settings.role')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {people.data?.map((person) => (
            <tr key={person.id} className={person.active ? undefined : 'inactive'}>
              <td>{person.name}</td>
              <td>
                <RoleSelect value={person.role} onChange={(role) => change(person, { role })} />
              </td>
              <td className="row-actions">
                <button type="button" className="touch" onClick={() => setResetting(person)}>
                  {t('settings.newPin')}
                </button>
                <button type="button" className="touch" onClick={() => change(person, { active: !person.active })}>
                  {person.active ? t('settings.deactivate') : t('settings.activate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorText error={save.error} />
      {resetting ? (
        <div>
          <h3>{t('settings.newPinFor', { name: resetting.name })}</h3>
          <PinOnlyForm busy={save.isPending} onSubmit={(pin) => change(resetting, { pin })} />
        </div>
      ) : (
        <div>
          <h3>{t('settings.addPerson')}</h3>
          <label>
            {t('settings.role')}
            <RoleSelect value={role} onChange={setRole} testId="new-person-role" />
          </label>
          <ManagerForm busy={save.isPending} submitLabel={t('settings.addPerson')} onSubmit={({ name, pin }) => save.mutate({ name, role, pin, active: true })} />
        </div>
      )}
    </section>
  );
}

function PinOnlyForm({ busy, onSubmit }: { busy: boolean; onSubmit: (pin: string) => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  return (
    <form
      className="form-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (/^\d{4,8}$/.test(pin)) onSubmit(pin);
      }}
    >
      <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={8} autoComplete="off" aria-label={t('setup.pinNew')} />
      <button type="submit" className="touch primary" disabled={busy || !/^\d{4,8}$/.test(pin)}>
        {t('settings.save')}
      </button>
    </form>
  );
}

function RoleSelect({ value, onChange, testId }: { value: Role; onChange: (role: Role) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <select value={value} onChange={(e) => onChange(Role.parse(e.target.value))} aria-label={t('settings.role')} data-testid={testId}>
      {Role.options.map((r) => (
        <option key={r} value={r}>
          {t(roleKey[r])}
        </option>
      ))}
    </select>
  );
}
