import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../renderer/ui/Dialog';

/** "Are you sure?" before a change the office cannot take back (a removal). */
export function ConfirmDialog({ title, children, action, onConfirm, onClose, testId }: { title: string; children: ReactNode; action: string; onConfirm: () => void; onClose: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={onClose}>
          {t('products.cancel')}
        </button>
        <button
          type="button"
          className="touch primary"
          onClick={() => {
            onConfirm();
            onClose();
          }}
          data-testid={testId}
        >
          {action}
        </button>
      </div>
    </Dialog>
  );
}
