import { z } from 'zod';
import { AdvanceAccount, CreditAccount } from '../flows/accounts';
import { safeText } from '../text/safe-text';

const Query = safeText(64, { min: 0 }).optional();

/** The journal's credit sales and advances, for the flows that pay or spend them. */
export const flowChannels = {
  /** Credit sales with something still owed, newest first; `query` matches contract, payer, client, number, fiscal id. */
  'credit.accounts': { input: z.strictObject({ query: Query }), output: z.array(CreditAccount) },
  /** One credit sale's account, paid off or not. */
  'credit.account': { input: z.strictObject({ uuid: z.uuid() }), output: CreditAccount },
  /** Advances with a balance left, newest first; `query` matches client, number, fiscal id. */
  'advance.accounts': { input: z.strictObject({ query: Query }), output: z.array(AdvanceAccount) },
} as const;
