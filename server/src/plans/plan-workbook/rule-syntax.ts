import Decimal from 'decimal.js';
import type { InventoryCondition, RebateTier } from '../../domain/plan';
import {
  fail,
  ok,
  parseMoney,
  parsePercent,
  parseText,
  type CellInput,
  type Parsed,
} from '../../workbook/cell-parsers';

const INVENTORY = /^EXPIRY_WITHIN_DAYS\s*=\s*(\d+)$/i;

/** 库存条件 Inventory: `EXPIRY_WITHIN_DAYS=N`, N a whole number of days from 1. */
export function parseInventory(input: CellInput): Parsed<InventoryCondition | null> {
  const text = parseText(input);
  if (!text.ok) return text;
  if (text.value === null) return ok(null);
  const match = INVENTORY.exec(text.value);
  const days = match ? Number(match[1]) : 0;
  if (days < 1) {
    return fail(
      `"${text.value}" is not an inventory condition: write EXPIRY_WITHIN_DAYS=180 (lots expiring within 180 days).`,
      'BAD_INVENTORY',
    );
  }
  return ok({ kind: 'EXPIRY_WITHIN_DAYS', days });
}

/**
 * 阶梯 Tiers: `1000000:1%;2500000:2%`, thresholds in CNY (inclusive, rising), rates in percent.
 * Tiers are separated by ; or ； only, because commas may group a threshold's digits.
 */
export function parseRebateTiers(input: CellInput): Parsed<RebateTier[]> {
  const text = parseText(input);
  if (!text.ok) return text;
  if (text.value === null) return ok([]);
  const tiers: RebateTier[] = [];
  for (const part of text.value.split(';').map((item) => item.trim())) {
    if (part === '') continue;
    const tier = parseTier(part);
    if (typeof tier === 'string') return badTiers(text.value, tier);
    tiers.push(tier);
  }
  const falling = tiers.findIndex((tier, i) => i > 0 && !isAbove(tier, tiers[i - 1]));
  if (falling > 0) return badTiers(text.value, 'thresholds must rise from tier to tier');
  return tiers.length > 0 ? ok(tiers) : badTiers(text.value, 'no tier found');
}

function parseTier(part: string): RebateTier | string {
  const pieces = part.split(':');
  if (pieces.length !== 2) return `"${part}" is not threshold:rate`;
  const threshold = parseMoney(pieces[0]);
  const rate = parsePercent(pieces[1]);
  if (!threshold.ok || threshold.value === null) return `"${pieces[0]}" is not an amount`;
  if (!rate.ok || rate.value === null) return `"${pieces[1]}" is not a rate from 0% to 100%`;
  return { threshold: threshold.value, rate: rate.value };
}

function isAbove(tier: RebateTier, previous: RebateTier): boolean {
  return new Decimal(tier.threshold).greaterThan(previous.threshold);
}

function badTiers(text: string, reason: string): Parsed<never> {
  return fail(
    `"${text}" is not a rebate tier list (${reason}): write threshold:rate pairs such as 1000000:1%;2500000:2%.`,
    'BAD_TIERS',
  );
}
