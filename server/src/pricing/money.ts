/**
 * Money for the pricing engine: exact decimals (SPEC 4), one rounding function and one allocator.
 * Amounts are CNY with 2 decimals (yuan and fen).
 */
import DecimalJs from 'decimal.js';

/**
 * A private Decimal constructor. Configuring a clone keeps the global decimal.js settings untouched
 * for everyone else in the process. 40 significant digits hold any product of money, quantity and
 * percentage exactly; exponent limits keep `toString()` in plain notation for the trace.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO: Decimal = new Decimal(0);

const MONEY_TEXT = /^-?\d+(\.\d{1,2})?$/;

/** The one rounding rule of SPEC 4: half-up (四舍五入) to 2 decimals; ties go away from zero. */
export function roundMoney(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
}

/** "800.00": rounded half-up, always 2 decimals, never "-0.00". */
export function formatMoney(amount: Decimal): string {
  const rounded = roundMoney(amount);
  return rounded.isZero() ? '0.00' : rounded.toFixed(2);
}

/** A money string with at most 2 decimals ("800", "2.9", "-1.25"); throws RangeError otherwise. */
export function parseMoney(text: string): Decimal {
  const trimmed = text.trim();
  if (!MONEY_TEXT.test(trimmed)) throw new RangeError(`not a money amount: "${text}"`);
  return new Decimal(trimmed);
}

/** Σ of amounts; 0 for none. */
export function sumMoney(amounts: readonly Decimal[]): Decimal {
  return amounts.reduce<Decimal>((total, amount) => total.plus(amount), ZERO);
}

/**
 * Splits a 2-decimal total over weights so the parts, in whole fen, sum exactly to the total
 * (largest-remainder method). Each part first gets the floor of its exact share; the fen left over
 * go one each to the largest remainders, ties to the larger weight, then to the earlier index.
 * Integer arithmetic throughout, so no remainder is lost to precision. All-zero weights split the
 * total equally: there is no better guess, and the caller still gets parts that sum to the total.
 */
export function allocateLargestRemainder(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  assertAllocatable(total, weights);
  if (weights.length === 0) return [];

  const totalFen = BigInt(total.abs().times(100).toFixed(0));
  const scaled = toScaledIntegers(weights);
  const effective = scaled.every((weight) => weight === 0n) ? scaled.map(() => 1n) : scaled;
  const weightSum = effective.reduce((sum, weight) => sum + weight, 0n);

  const fen = effective.map((weight) => (totalFen * weight) / weightSum);
  const rests = effective.map((weight) => (totalFen * weight) % weightSum);
  const leftover = Number(totalFen - fen.reduce((sum, part) => sum + part, 0n));
  for (const index of rankRemainders(rests, scaled).slice(0, leftover)) fen[index] += 1n;

  const sign = total.isNegative() ? -1 : 1;
  return fen.map((part) => new Decimal(part.toString()).dividedBy(100).times(sign));
}

function assertAllocatable(total: Decimal, weights: readonly Decimal[]): void {
  if (!total.isFinite() || total.decimalPlaces() > 2) {
    throw new RangeError(`allocation total must have at most 2 decimals: ${total.toString()}`);
  }
  if (weights.some((weight) => !weight.isFinite() || weight.lt(0))) {
    throw new RangeError('allocation weights must be finite and not negative');
  }
  if (weights.length === 0 && !total.isZero()) {
    throw new RangeError(`cannot allocate ${total.toString()} over no weights`);
  }
}

/** Weights as integers on one common scale, so shares compare exactly. */
function toScaledIntegers(weights: readonly Decimal[]): bigint[] {
  const places = Math.max(...weights.map((weight) => weight.decimalPlaces()));
  return weights.map((weight) => BigInt(weight.times(new Decimal(10).pow(places)).toFixed(0)));
}

/** Indices by remainder descending, then weight descending, then index ascending. */
function rankRemainders(rests: readonly bigint[], weights: readonly bigint[]): number[] {
  const byRank = (a: number, b: number): number =>
    compareBigInt(rests[b], rests[a]) || compareBigInt(weights[b], weights[a]) || a - b;
  return rests.map((_, index) => index).sort(byRank);
}

function compareBigInt(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
