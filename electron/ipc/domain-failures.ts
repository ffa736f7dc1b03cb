import { AppFailure } from '../app/app-failure';
import { BadRangeError } from '../devices/ranges';
import { DeviceInUseError, DeviceSettingsError } from '../devices/device-registry';
import { FlowRefusedError, JournalBlockedError, JournalBusyError, NotSupportedError, OfflineWaitError } from '../journal/document-service';
import { UnreadableDocumentError } from '../journal/journal';
import { UnknownParentError } from '../devices/parent-lookup';

/**
 * The one place where the domain's own errors become the typed failures the renderer reads: the
 * services throw what they mean, and no handler translates them one by one.
 */
export function failureOf(error: unknown): AppFailure | undefined {
  if (error instanceof AppFailure) return error;
  if (error instanceof JournalBusyError) return new AppFailure('journal_busy', error.message, { unsettled: error.unsettled });
  if (error instanceof JournalBlockedError) return new AppFailure('journal_blocked', error.message, { quarantined: error.quarantined });
  if (error instanceof NotSupportedError) return new AppFailure('not_supported', error.message, { capability: error.capability });
  // The device's refusal, as a device's refusal: the cashier reads its explanation and action.
  if (error instanceof OfflineWaitError) return new AppFailure('device_rejected', error.message, error.refusal);
  if (error instanceof FlowRefusedError) return new AppFailure('document_invalid', error.message, error.refusal);
  if (error instanceof UnreadableDocumentError) return new AppFailure('document_invalid', error.message, { problem: 'unreadable' });
  if (error instanceof UnknownParentError) return new AppFailure('document_invalid', error.message, { problem: 'parentUnknown' });
  if (error instanceof DeviceInUseError) return new AppFailure('not_permitted', error.message);
  if (error instanceof DeviceSettingsError) return new AppFailure('invalid_input', error.message);
  if (error instanceof BadRangeError) return new AppFailure('invalid_input', error.message);
  return undefined;
}
