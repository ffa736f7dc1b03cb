import { useEffect } from 'react';
import type { CustomerView } from '../../shared/sale/customer-view';
import { useKassaApi } from '../kassa-api';

/**
 * Sends what the customer should see whenever it changes. Through the main process, not straight
 * to the other window: only the main process reaches every window of both hosts, and its event
 * bus replays the latest view to a display opened or reloaded later. A display that cannot be
 * updated must not stop a sale, so the answer is not waited for; a failure shows on the display
 * as an old view, and the next change sends the whole view again.
 */
export function useCustomerFeed(view: CustomerView): void {
  const api = useKassaApi();
  const sent = JSON.stringify(view);
  useEffect(() => {
    void api.invoke('display.show', { view: JSON.parse(sent) as CustomerView });
  }, [api, sent]);
}
