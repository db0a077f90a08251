import type { PricingMaster } from '../db/pricing-repository';
import {
  type Channel,
  channelForOwnership,
  type Grade,
  type Ownership,
  type Tier,
} from '../domain/codes';
import type { Finding } from '../domain/finding';
import type { PricingLine } from '../pricing/types';
import { listUnitPrice } from './list-price';
import type { OrderLineInput } from './order-lines';

export type ResolvedLine = { ok: true; line: PricingLine } | { ok: false; findings: Finding[] };

/**
 * Step 1 of the pricing pipeline (SPEC §4): everything the engine needs to know about a line,
 * from the master data. A line's own Province, Channel and Grade override its hospital's.
 */
export function resolveLineContext(
  input: OrderLineInput,
  date: string,
  master: PricingMaster,
): ResolvedLine {
  const findings: Finding[] = [];
  const product = master.products.get(input.sku);
  const hospital = input.hospital ? master.hospitals.get(input.hospital) : undefined;
  const distributor = input.distributor ? master.distributors.get(input.distributor) : undefined;

  if (!product) {
    findings.push(
      lineFinding(input, 'SKU', 'UNKNOWN_SKU', `SKU ${input.sku} is not in the master data.`),
    );
  }
  if (input.hospital && !hospital) {
    const message = `Hospital ${input.hospital} is not in the master data.`;
    findings.push(lineFinding(input, 'Hospital', 'UNKNOWN_HOSPITAL', message));
  }
  if (input.distributor && !distributor) {
    const message = `Distributor ${input.distributor} is not in the master data.`;
    findings.push(lineFinding(input, 'Distributor', 'UNKNOWN_DISTRIBUTOR', message));
  }
  const price = product ? listUnitPrice(master.prices, input.sku, input.audience, date) : null;
  if (product && price === null) {
    const message = `No ${input.audience} price for ${input.sku} is valid on ${date}; add one to the price list.`;
    findings.push(lineFinding(input, 'SKU', 'NO_PRICE', message));
  }
  if (!product || price === null || findings.length > 0) return { ok: false, findings };

  return {
    ok: true,
    line: {
      orderNo: input.orderNo,
      lineNo: input.lineNo,
      sku: input.sku,
      category: product.category,
      qty: input.qty,
      audience: input.audience,
      province: input.province ?? hospital?.province ?? distributor?.province ?? null,
      city: hospital?.city ?? null,
      channel:
        input.channel ??
        ((hospital
          ? channelForOwnership(hospital.ownership as Ownership)
          : null) as Channel | null),
      grade: input.grade ?? ((hospital?.grade ?? null) as Grade | null),
      tier: (distributor?.tier ?? null) as Tier | null,
      distributor: input.distributor,
      hospital: input.hospital,
      lotExpiry: input.expiry,
      listUnitPrice: price,
    },
  };
}

/** A line that cannot be priced is refused on its own; the rest of the order is still priced. */
function lineFinding(
  input: OrderLineInput,
  column: string,
  code: string,
  message: string,
): Finding {
  return { sheet: 'Lines', row: input.row, column, code, severity: 'BLOCK', message };
}
