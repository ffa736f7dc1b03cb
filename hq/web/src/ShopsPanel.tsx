import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import type { OfficeShop } from '../../../shared/office/office-api';
import { NewShop, type EnrolmentCodeAnswer } from '../../../shared/office/office-admin';
import { Dialog } from '../../../renderer/ui/Dialog';
import { TextField } from '../../../renderer/ui/TextField';
import { formatShopTime } from './format-time';
import { officeErrorText } from './office-error-text';
import { useCreateShop, useMakeEnrolmentCode } from './use-office-admin';

/** The office's shops: a new one made here, and for each a one-time code a new till joins with. */
export function ShopsPanel({ shops, locale }: { shops: readonly OfficeShop[]; locale: Locale }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [localProductsAllowed, setLocalProductsAllowed] = useState(true);
  const [invalid, setInvalid] = useState(false);
  const create = useCreateShop();
  const enrol = useMakeEnrolmentCode();
  const [shown, setShown] = useState<{ code: EnrolmentCodeAnswer; shop: OfficeShop }>();
  const client = useQueryClient();
  // The code is usually typed on the till while it is shown: closing it reads the tills afresh.
  const closeCode = () => {
    setShown(undefined);
    void client.invalidateQueries({ queryKey: ['tills'] });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const shop = NewShop.safeParse({ name: name.trim(), localProductsAllowed });
    setInvalid(!shop.success);
    if (shop.success) create.mutate(shop.data, { onSuccess: () => setName('') });
  };
  const refused = officeErrorText(t, create.error ?? enrol.error);

  return (
    <section className="panel office-panel" aria-labelledby="shops-title" data-testid="office-shops">
      <h2 id="shops-title">{t('officePage.shopsAdmin.title')}</h2>
      {shops.length === 0 ? (
        <p className="muted">{t('officePage.shopsAdmin.none')}</p>
      ) : (
        <table className="figures">
          <tbody>
            {shops.map((shop) => (
              <tr key={shop.shopId} data-testid="office-shop">
                <th scope="row">{shop.name}</th>
                <td>{shop.timeZone}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="touch"
                    disabled={enrol.isPending}
                    onClick={() => enrol.mutate(shop.shopId, { onSuccess: (code) => setShown({ code, shop }) })}
                    data-testid="office-shop-enrol"
                  >
                    {t('officePage.shopsAdmin.enrol')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="office-new-shop" onSubmit={submit}>
        <TextField label={t('officePage.shopsAdmin.name')} value={name} onChange={setName} maxLength={120} testId="office-shop-name" />
        <label className="check">
          <input type="checkbox" checked={localProductsAllowed} onChange={(e) => setLocalProductsAllowed(e.target.checked)} data-testid="office-shop-local" />
          {t('officePage.shopsAdmin.localProducts')}
        </label>
        <button type="submit" className="touch primary" disabled={create.isPending} data-testid="office-shop-create">
          {t('officePage.shopsAdmin.create')}
        </button>
      </form>
      {invalid && (
        <p className="device-error" role="alert">
          {t('officePage.catalogue.problems', { fields: t('officePage.shopsAdmin.name') })}
        </p>
      )}
      {refused && (
        <p className="device-error" role="alert">
          {refused}
        </p>
      )}
      {shown && (
        <Dialog title={t('officePage.enrolment.title', { shop: shown.shop.name })} onClose={closeCode} wide>
          <p className="office-enrolment-code" data-testid="enrolment-code">
            {shown.code.code}
          </p>
          <p>{t('officePage.enrolment.note')}</p>
          <p data-testid="enrolment-expires">{t('officePage.enrolment.expires', { at: formatShopTime(shown.code.expiresAt, shown.shop.timeZone, locale) })}</p>
          <p className="muted">{t('officePage.enrolment.fingerprint')}</p>
          <p className="office-fingerprint" data-testid="enrolment-fingerprint">
            {shown.code.certificateFingerprint}
          </p>
          <div className="dialog-actions">
            <button type="button" className="touch primary" onClick={closeCode} data-testid="enrolment-done">
              {t('officePage.enrolment.done')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
