// Short codes guests type to join a session: six characters from an alphabet without
// look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so they survive being read aloud or written on a
// flip chart.
import { randomInt } from "node:crypto";

export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** What someone typed, as a code: upper case, spaces and dashes dropped. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}
