import { z } from 'zod';

/** Which host serves the renderer: the desktop app or the web host for a browser. */
export const HostKind = z.enum(['electron', 'web']);
export type HostKind = z.infer<typeof HostKind>;
