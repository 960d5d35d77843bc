// A BSN never belongs in a URL (NL API Design Rules; it ends up in logs and browser histories). Any run of
// exactly nine digits that passes the 11-proef is treated as one.

/** The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElfProef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const NINE_DIGIT_RUNS = /(?<!\d)\d{9}(?!\d)/g;

/** True when the text (a decoded path or query) holds a nine-digit run passing the 11-proef. */
export function containsBsn(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGIT_RUNS)) if (passesElfProef(match[0])) return true;
  return false;
}

/** The text with every BSN-like run replaced, for logs. */
export function redactBsns(text: string): string {
  return text.replace(NINE_DIGIT_RUNS, (run) => (passesElfProef(run) ? '[bsn]' : run));
}

/** The URL decoded as far as it can be (a BSN may be percent-encoded to slip past). */
export function decodedUrl(url: string): string {
  let text = url;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(text.replace(/\+/g, ' '));
      if (next === text) break;
      text = next;
    } catch {
      break;
    }
  }
  return text;
}
