/**
 * The digits of every keypad in the app, PIN pads and amount keypads alike, in the order they
 * stand: 1-2-3 on top, as on the card terminal beside the till and on a phone. One layout, so a
 * thumb that learnt the PIN pad never hits 7 for 1 on the amount keypad.
 */
export const keypadDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
