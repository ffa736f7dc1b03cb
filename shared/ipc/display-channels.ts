import { z } from 'zod';
import { CustomerView } from '../sale/customer-view';

/**
 * The customer-facing display. The cashier's page sends what the customer should see; the main
 * process adds the customers' language and hands it on as the `display.view` event, which reaches
 * every window of both hosts (Electron's IPC, the web host's event stream) and is replayed to a
 * display opened later.
 */
export const displayChannels = {
  'display.show': { input: z.strictObject({ view: CustomerView }), output: z.object({}) },
} as const;
