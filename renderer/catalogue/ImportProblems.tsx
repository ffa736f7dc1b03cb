import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../shared/catalog';
import { catalogImportErrorKeys, type ImportProblemCode } from '../../shared/i18n/catalog-error-keys';

function isProblemCode(code: string): code is ImportProblemCode {
  return code in catalogImportErrorKeys;
}

/** Each problem of a file where the manager can find it: the row, the column, what is wrong. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <table className="problems" data-testid="import-problems">
      <thead>
        <tr>
          <th>{t('catalogue.row')}</th>
          <th>{t('catalogue.column')}</th>
          <th>{t('catalogue.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.row || '—'}</td>
            <td>{p.column ?? '—'}</td>
            <td>{isProblemCode(p.code) ? t(catalogImportErrorKeys[p.code], { value: p.value ?? '' }) : p.code}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
