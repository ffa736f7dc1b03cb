import { z } from 'zod';

const NoInput = z.strictObject({});

/** What support needs from a shop: one zip of logs, settings, unsettled documents and the device. */
export const diagnosticsChannels = {
  /** Writes `<dataDir>/diagnostics/kassa-diagnostics-<UTC time>.zip`; never holds a password, PIN or token. */
  'diagnostics.export': {
    input: NoInput,
    output: z.object({ path: z.string(), bytes: z.number().int().nonnegative(), entries: z.array(z.string()) }),
  },
  /** Where the logs are written and the exports saved, to tell a person on the phone with support. */
  'diagnostics.folders': { input: NoInput, output: z.object({ logs: z.string(), exports: z.string() }) },
} as const;
