import type { ActiveDevice } from '../devices/active-device';

/**
 * The active device's answer to getInfo, or what became of the question: a device that does
 * not answer is a finding of the export, never a reason for it to fail.
 */
export async function deviceSnapshot(device: ActiveDevice, timeoutMs: number): Promise<object> {
  const status = device.status();
  if (!device.driver) return { status, outcome: { kind: 'no_driver' } };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<object>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'no_answer', waitedMs: timeoutMs }), timeoutMs);
  });
  try {
    return { status, outcome: await Promise.race([device.driver.info(), late]) };
  } catch (error) {
    return { status, outcome: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}
