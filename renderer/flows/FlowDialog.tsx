import type { ReactNode } from 'react';
import type { FlowRefusal } from '../../shared/flows/problems';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { Dialog } from '../ui/Dialog';
import { FlowFooter, type Confirm } from './FlowFooter';
import { FlowResult } from './FlowResult';
import type { SubmitState } from './use-submit-document';

/**
 * A flow's dialog: its fields, why it cannot go yet, the sent document's fate, cancel and send;
 * once the device has taken the document, the result as a sale shows it. It cannot be closed
 * while its document is on its way.
 */
export function FlowDialog(props: {
  title: string;
  state: SubmitState;
  result: JournalDocumentView | undefined;
  problem: FlowRefusal | undefined;
  confirm: Confirm;
  money: { currency: Currency; locale: Locale };
  onClose: () => void;
  children: ReactNode;
}) {
  const { state, money, onClose } = props;
  if (props.result) return <FlowResult document={props.result} currency={money.currency} locale={money.locale} onClose={onClose} />;
  return (
    <Dialog title={props.title} onClose={() => !state.busy && onClose()} wide>
      {props.children}
      <FlowFooter problem={props.problem} state={state} currency={money.currency} locale={money.locale} onCancel={onClose} confirm={props.confirm} />
    </Dialog>
  );
}
