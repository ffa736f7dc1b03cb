import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodePage } from '../../shared/printing/code-pages';
import { PaperWidth, ReceiptPrinterSettings } from '../../shared/printing/printer-settings';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';
import { printStateText } from './print-texts';

const printerKey = ['printer.get'] as const;
type Kind = ReceiptPrinterSettings['kind'];

const kindKey = { none: 'printing.kinds.none', network: 'printing.kinds.network', system: 'printing.kinds.system' } as const satisfies Record<Kind, string>;
const paperKey = { '58': 'printing.papers.58', '80': 'printing.papers.80' } as const satisfies Record<PaperWidth, string>;
const codePageKey = { cp1251: 'printing.codePages.cp1251', cp866: 'printing.codePages.cp866' } as const satisfies Record<CodePage, string>;

/** The form's fields, every kind's at once, so switching the kind back keeps what was typed. */
interface Form {
  kind: Kind;
  host: string;
  port: string;
  paper: PaperWidth;
  codePage: CodePage;
  codePageNumber: string;
  kickDrawerOnCash: boolean;
}

function formOf(settings: ReceiptPrinterSettings): Form {
  const form: Form = { kind: settings.kind, host: '', port: '9100', paper: '80', codePage: 'cp1251', codePageNumber: '', kickDrawerOnCash: true };
  switch (settings.kind) {
    case 'none':
      return form;
    case 'network':
      return { ...form, host: settings.host, port: String(settings.port), paper: settings.paper, codePage: settings.codePage, codePageNumber: settings.codePageNumber?.toString() ?? '', kickDrawerOnCash: settings.kickDrawerOnCash };
    case 'system':
      return { ...form, paper: settings.paper };
  }
}

/** The settings as the main process takes them; zod says whether the form holds one. */
function settingsOf(form: Form) {
  switch (form.kind) {
    case 'none':
      return ReceiptPrinterSettings.safeParse({ kind: 'none' });
    case 'network':
      return ReceiptPrinterSettings.safeParse({
        kind: 'network',
        host: form.host,
        port: Number(form.port),
        paper: form.paper,
        codePage: form.codePage,
        ...(form.codePageNumber.trim() ? { codePageNumber: Number(form.codePageNumber) } : {}),
        kickDrawerOnCash: form.kickDrawerOnCash,
      });
    case 'system':
      return ReceiptPrinterSettings.safeParse({ kind: 'system', paper: form.paper });
  }
}

/**
 * The app's receipt printer, shown only while the active device prints nothing itself (its
 * capabilities say so): a device that prints its own receipts needs none.
 */
export function ReceiptPrinterPanel() {
  const api = useKassaApi();
  const printer = useQuery({ queryKey: printerKey, queryFn: () => call(api, 'printer.get', {}), staleTime: 0 });
  if (!printer.data?.needed) return null;
  return <PrinterForm initial={printer.data.settings} />;
}

function PrinterForm({ initial }: { initial: ReceiptPrinterSettings }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [form, setForm] = useState(() => formOf(initial));
  const parsed = settingsOf(form);
  const save = useMutation({
    mutationFn: (settings: ReceiptPrinterSettings) => call(api, 'printer.save', { settings }),
    onSuccess: (value) => client.setQueryData(printerKey, value),
  });
  const test = useMutation({ mutationFn: (settings: ReceiptPrinterSettings) => call(api, 'printer.test', { settings }) });
  const set = (change: Partial<Form>) => {
    save.reset();
    test.reset();
    setForm({ ...form, ...change });
  };
  const tested = test.data ? printStateText(t, test.data) : undefined;
  return (
    <form
      className="settings-panel fields"
      aria-label={t('printing.title')}
      data-testid="receipt-printer"
      onSubmit={(event) => {
        event.preventDefault();
        if (parsed.success) save.mutate(parsed.data);
      }}
    >
      <h3>{t('printing.title')}</h3>
      <p className="muted">{t('printing.explain')}</p>
      <label>
        {t('printing.kind')}
        <select value={form.kind} onChange={(e) => set({ kind: e.target.value as Kind })} data-testid="printer-kind">
          {(['none', 'network', 'system'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(kindKey[kind])}
            </option>
          ))}
        </select>
      </label>
      {form.kind === 'network' && (
        <>
          <label>
            {t('printing.host')}
            <input value={form.host} onChange={(e) => set({ host: e.target.value })} maxLength={253} data-testid="printer-host" />
          </label>
          <label>
            {t('printing.port')}
            <input type="number" min={1} max={65535} value={form.port} onChange={(e) => set({ port: e.target.value })} data-testid="printer-port" />
          </label>
        </>
      )}
      {form.kind !== 'none' && (
        <label>
          {t('printing.paper')}
          <select value={form.paper} onChange={(e) => set({ paper: e.target.value as PaperWidth })} data-testid="printer-paper">
            {PaperWidth.options.map((paper) => (
              <option key={paper} value={paper}>
                {t(paperKey[paper])}
              </option>
            ))}
          </select>
        </label>
      )}
      {form.kind === 'network' && (
        <>
          <label>
            {t('printing.codePage')}
            <select value={form.codePage} onChange={(e) => set({ codePage: e.target.value as CodePage })} data-testid="printer-code-page">
              {CodePage.options.map((page) => (
                <option key={page} value={page}>
                  {t(codePageKey[page])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('printing.codePageNumber')}
            <input type="number" min={0} max={255} value={form.codePageNumber} onChange={(e) => set({ codePageNumber: e.target.value })} data-testid="printer-code-page-number" />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={form.kickDrawerOnCash} onChange={(e) => set({ kickDrawerOnCash: e.target.checked })} data-testid="printer-kick-drawer" />
            {t('printing.kickDrawer')}
          </label>
        </>
      )}
      <div className="dialog-actions">
        {form.kind !== 'none' && (
          <button type="button" className="touch" disabled={!parsed.success || test.isPending} onClick={() => parsed.success && test.mutate(parsed.data)} data-testid="printer-test">
            {t('printing.test')}
          </button>
        )}
        <button type="submit" className="touch primary" disabled={!parsed.success || save.isPending} data-testid="printer-save">
          {t('printing.save')}
        </button>
      </div>
      {tested && (
        <p role="status" data-testid="printer-test-result" data-state={test.data?.state}>
          {tested}
        </p>
      )}
      {save.isSuccess && <p role="status">{t('printing.saved')}</p>}
      <ErrorText error={save.error ?? test.error} />
    </form>
  );
}
