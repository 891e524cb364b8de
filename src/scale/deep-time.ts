import { tickStep, ticks as niceTicks } from "d3-array";
import { calendarTime } from "../data/calendar.js";

/**
 * Deep time: ranges a JavaScript Date cannot hold (beyond ±271,820 years) or that span millions
 * of years. Time stays in milliseconds since the epoch, spaced evenly (a linear scale of years);
 * ticks fall on round numbers of years as historians count them, so that they read "500 BCE",
 * "65 Ma" and "13.8 Ga" rather than d3-time's astronomical "501 BCE".
 */

/** The mean Gregorian year, in milliseconds: 400 years hold 146,097 days. */
export const YEAR_MS = (146_097 / 400) * 86_400_000;

/** From this many years back, a year is written as millions or billions of years ago. */
export const DEEP_YEARS = 1_000_000;

/**
 * A year as historians count it, signed: 1 CE is 1, and 1 BCE (astronomical 0) is -1, so that
 * round numbers land on round BCE years. There is no year 0.
 */
export function historianYear(astronomical: number): number {
  return astronomical > 0 ? astronomical : astronomical - 1;
}

/** The astronomical year of a historian's year; 0, the boundary between the eras, is 1 CE. */
export function astronomicalYear(historian: number): number {
  return historian > 0 ? historian : historian === 0 ? 1 : historian + 1;
}

/** A time as a fractional historian's year, evenly spaced: precise enough to place ticks. */
export function fractionalYear(time: number): number {
  const astronomical = 1970 + time / YEAR_MS;
  return astronomical >= 1 ? astronomical : astronomical - 1;
}

/** The units deep-time ticks count in. */
export type DeepUnit = "year" | "million" | "billion";

/** Tick positions for a deep-time domain (milliseconds), with the unit and decimals to write them. */
export interface DeepTicks {
  /** Tick times, in milliseconds since the epoch, ascending. */
  times: number[];
  /** The historian's year of each tick. */
  years: number[];
  /** Written as years ("250,000 BCE"), millions ("65 Ma") or billions ("4.5 Ga"). */
  unit: DeepUnit;
  /** Decimal places the ticks need in that unit: 1 for "13.8 Ga". */
  decimals: number;
}

/** About `count` ticks on round historian's years across a domain in milliseconds. */
export function deepTicks([t0, t1]: readonly [number, number], count: number): DeepTicks {
  const [h0, h1] = [fractionalYear(Math.min(t0, t1)), fractionalYear(Math.max(t0, t1))];
  // Never finer than whole years: a year is the finest unit deep time is written in.
  const step = Math.max(1, Math.abs(tickStep(h0, h1, Math.max(1, count))));
  const years =
    step === 1
      ? wholeYears(Math.ceil(h0), Math.floor(h1))
      : niceTicks(h0, h1, Math.max(1, count)).filter((h) => Number.isInteger(h));
  const magnitude = Math.max(Math.abs(h0), Math.abs(h1));
  const unit: DeepUnit = magnitude >= 1e9 ? "billion" : magnitude >= DEEP_YEARS ? "million" : "year";
  const size = unit === "billion" ? 1e9 : unit === "million" ? 1e6 : 1;
  const decimals = Math.max(0, Math.ceil(-Math.log10(step / size) - 1e-9));
  const times: number[] = [];
  const kept: number[] = [];
  for (const h of years) {
    const time = calendarTime(astronomicalYear(h));
    // 0 and 1 are both the start of 1 CE: keep one.
    if (time === times[times.length - 1]) continue;
    times.push(time);
    kept.push(h);
  }
  return { times, years: kept, unit, decimals };
}

function wholeYears(from: number, to: number): number[] {
  const years: number[] = [];
  for (let h = from; h <= to && years.length < 1000; h++) years.push(h);
  return years;
}
