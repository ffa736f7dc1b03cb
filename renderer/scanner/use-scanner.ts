import { useEffect, useLayoutEffect, useRef } from 'react';
import { scannedCode, type TimedKey } from './burst';

function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** React keeps its own copy of an input's value; the prototype's setter is what it listens to. */
function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Listens for scanner bursts anywhere on the screen, before any field sees them.
 * - Keys aimed at no text field (the keypad of a quantity, weight, discount or PIN) are held
 *   back for a moment: a burst ending in Enter becomes a scan, keys a person typed are handed on.
 *   So scanned digits never land in a quantity or a PIN.
 * - In a text field (search, RRN) keys show as typed; a burst ending in Enter is taken back out
 *   of the field and becomes a scan.
 */
export function useScanner(onScan: (code: string) => void, burstGapMs: number): void {
  const handler = useRef(onScan);
  useLayoutEffect(() => {
    handler.current = onScan;
  });

  useEffect(() => {
    let held: (TimedKey & { target: EventTarget | null })[] = [];
    let typed: TimedKey[] = [];
    let timer: number | undefined;

    const handOn = () => {
      const keys = held;
      held = [];
      for (const { key, target } of keys) target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    };

    const scan = (event: KeyboardEvent, code: string) => {
      event.preventDefault();
      event.stopPropagation();
      performance.mark('scan-enter');
      handler.current(code);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.ctrlKey || event.altKey || event.metaKey) return;
      const now = performance.now();
      const field = isTextField(event.target) ? event.target : undefined;
      if (event.key === 'Enter') {
        window.clearTimeout(timer);
        const code = scannedCode(field ? typed : held, now, burstGapMs);
        typed = [];
        if (code === undefined) {
          handOn();
          return;
        }
        held = [];
        if (field?.value.endsWith(code)) setFieldValue(field, field.value.slice(0, -code.length));
        scan(event, code);
        return;
      }
      if (event.key.length !== 1) return;
      if (field) {
        const last = typed.at(-1);
        if (last && now - last.at > burstGapMs) typed = [];
        typed.push({ key: event.key, at: now });
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      held.push({ key: event.key, at: now, target: event.target });
      window.clearTimeout(timer);
      timer = window.setTimeout(handOn, burstGapMs * 2);
    };

    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.clearTimeout(timer);
    };
  }, [burstGapMs]);
}
