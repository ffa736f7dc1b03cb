import { useEffect, useLayoutEffect, useRef } from 'react';

export interface KeypadKeys {
  digit: (key: string) => void;
  /** The decimal separator, typed as , or . ; absent where a value has none (a time). */
  separator?: () => void;
  erase: () => void;
  enter: () => void;
}

/**
 * Keys for an open keypad from anywhere on the screen (a keyboard, or what the scanner guard hands
 * on), not only from a focused button: the keypad is the one place typing goes while it is open.
 * A text field keeps its own keys.
 */
export function useKeypadKeys(keys: KeypadKeys): void {
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement) return;
      const { digit, separator, erase, enter } = latest.current;
      if (/^\d$/.test(event.key)) digit(event.key);
      else if ((event.key === ',' || event.key === '.') && separator) separator();
      else if (event.key === 'Backspace') erase();
      else if (event.key === 'Enter') enter();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
