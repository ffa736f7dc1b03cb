import { useTranslation } from 'react-i18next';

/** A chart's numbers at a touch: pressed, the table takes the picture's place. */
export function ValuesToggle({ table, onChange, testId }: { table: boolean; onChange: (table: boolean) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={table ? 'touch small selected' : 'touch small'} aria-pressed={table} onClick={() => onChange(!table)} data-testid={testId}>
      {t('dashboard.table')}
    </button>
  );
}
