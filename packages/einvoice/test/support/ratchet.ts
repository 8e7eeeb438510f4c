/**
 * Conformance figures only go up: the levels reached are committed in conformance-ratchet.json and a
 * test fails when a figure falls below them. A figure above its level is printed so the file can be raised.
 */
import { readFileSync } from 'node:fs';

export interface Ratchet {
  en16931Verdict: number;
  en16931Rules: number;
  unitTests: number;
  facturxVerdict: number;
}

export const RATCHET = JSON.parse(
  readFileSync(new URL('../conformance-ratchet.json', import.meta.url), 'utf8'),
) as Ratchet;

export function checkRatchet(key: keyof Ratchet, pct: number): void {
  // Rounded down to one decimal, as stored, so a figure equal to its level never fails on float noise.
  const reached = Math.floor(pct * 10) / 10;
  if (reached > RATCHET[key]) {
    console.log(
      `${key}: ${reached}% is above the ratchet (${RATCHET[key]}%): raise conformance-ratchet.json`,
    );
  }
}
