/**
 * Date values as IAM's Date operators take them: the W3C profile of ISO 8601 (YYYY-MM,
 * YYYY-MM-DD, or a date with hh:mm, hh:mm:ss or hh:mm:ss.fraction and a Z or ±hh:mm zone) or a
 * UNIX epoch time in seconds. A bare number is always epoch seconds, so "2026" is a 1970 instant,
 * not a year: AWS's simulator reads it that way too.
 */

export type DateForm = 'iso8601' | 'epoch';

export type DateParseResult = { ok: true; form: DateForm; epochMillis: number } | { ok: false; message: string };

const EPOCH = /^-?[0-9]+$/;
const ISO = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a Date condition value; the failure message names the first part that is wrong. */
export function parseIamDate(text: string): DateParseResult {
  if (EPOCH.test(text)) return { ok: true, form: 'epoch', epochMillis: Number(text) * 1000 };
  const m = ISO.exec(text);
  if (!m) return { ok: false, message: `"${text}" is neither an ISO 8601 date (such as 2026-01-31T23:59:59Z) nor epoch seconds` };
  const [, y, mo, d = '01', h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `month ${mo} in "${text}" is not 01 to 12` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `day ${d} in "${text}" does not exist in ${y}-${mo}` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { ok: false, message: `time ${h}:${mi}:${s} in "${text}" is not a time of day` };
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 23 || zm > 59) return { ok: false, message: `time zone ${zone} in "${text}" is not an offset` };
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (zh * 60 + zm);
  }
  const millis = fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(Number(h), Number(mi), Number(s), millis);
  return { ok: true, form: 'iso8601', epochMillis: date.getTime() - offsetMinutes * 60_000 };
}
