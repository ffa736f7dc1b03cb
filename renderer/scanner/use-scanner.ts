import { useEffect, useLayoutEffect, useRef } from 'react';
import { maxPauseGaps, scannedCode, type TimedKey } from './burst';

function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** React keeps its own copy of an input's value; the prototype's setter is what it listens to. */
function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The most keys a field's history keeps: longer than any code, so a long typed text costs nothing. */
const maxTypedKeys = 128;

/**
 * Listens for scanner bursts anywhere on the screen, before any field sees them. Keys are timed
 * by their own time stamps, so a busy moment of the page never cuts a code in two.
 * - Keys aimed at no text field (the keypad of a quantity, weight, discount or PIN) are held
 *   back for a moment: a burst ending in Enter becomes a scan; whatever a person typed before it,
 *   or a burst that was no scan, is handed on whole. So scanned digits never land in a quantity
 *   or a PIN, and typed ones are never lost.
 * - In a text field (search, RRN) keys show as typed; a burst ending in Enter is taken back out
 *   of the field and becomes a scan; what was typed before it stays.
 * A burst with one pause in it is still one code (renderer/scanner/burst.ts), so held keys that
 * came as a burst are held through such a pause.
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

    const handOn = (keys: typeof held) => {
      for (const { key, target } of keys) target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    };
    const handOnHeld = () => {
      const keys = held;
      held = [];
      handOn(keys);
    };

    const scan = (event: KeyboardEvent, code: string) => {
      event.preventDefault();
      event.stopPropagation();
      performance.mark('scan-enter');
      handler.current(code);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.ctrlKey || event.altKey || event.metaKey) return;
      const at = event.timeStamp;
      const field = isTextField(event.target) ? event.target : undefined;
      if (event.key === 'Enter') {
        window.clearTimeout(timer);
        if (field) {
          const { code } = scannedCode(typed, at, burstGapMs);
          typed = [];
          if (code === undefined) return;
          if (field.value.endsWith(code)) setFieldValue(field, field.value.slice(0, -code.length));
          scan(event, code);
          return;
        }
        const keys = held;
        held = [];
        const { code, typedBefore } = scannedCode(keys, at, burstGapMs);
        handOn(keys.slice(0, typedBefore));
        if (code !== undefined) scan(event, code);
        return;
      }
      if (event.key.length !== 1) return;
      if (field) {
        typed.push({ key: event.key, at });
        if (typed.length > maxTypedKeys) typed = typed.slice(-maxTypedKeys);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      const last = held.at(-1);
      held.push({ key: event.key, at, target: event.target });
      window.clearTimeout(timer);
      // Two gaps of handling-time slack on top of the longest pause a burst may have.
      const inBurst = last !== undefined && at - last.at <= burstGapMs;
      timer = window.setTimeout(handOnHeld, burstGapMs * (inBurst ? maxPauseGaps + 2 : 2));
    };

    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.clearTimeout(timer);
    };
  }, [burstGapMs]);
}
