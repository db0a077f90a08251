import type { AuthorizationRow } from '../../master/master-workbook';
import type { PricingLine } from '../types';
import { isValidOn, placeOf } from './guard-helpers';
import type { ComplianceGuard } from './types';

/** 授权书: the distributor may sell this SKU (or its category) in this territory and channel. */
export const notAuthorized: ComplianceGuard = {
  code: 'NOT_AUTHORIZED',
  severity: 'BLOCK',
  subject: 'distributor',
  blamesRules: false,
  check({ line, facts }) {
    if (line.distributor === null) return null;
    const category = facts.product.category;
    const held = facts.authorizations.some(
      (doc) => isValidOn(doc, facts.date) && covers(doc, line, category),
    );
    if (held) return null;

    const where = line.hospital === null ? placeOf(line) : `hospital ${line.hospital}`;
    const channel = line.channel === null ? '' : `, channel ${line.channel}`;
    const message =
      `Distributor ${line.distributor} has no authorisation (授权书) for ${line.sku} in ${where}` +
      `${channel} valid on ${facts.date}: add one in 授权 Authorizations, or leave ` +
      `${line.distributor} out.`;
    return { message, rules: [], column: 'distributors' };
  },
};

function covers(doc: AuthorizationRow, line: PricingLine, category: string): boolean {
  const product = doc.products.includes(line.sku) || doc.products.includes(category);
  const { provinces, cities, hospitals } = doc.territory;
  const territory =
    (line.province !== null && provinces.includes(line.province)) ||
    (line.city !== null && cities.includes(line.city)) ||
    (line.hospital !== null && hospitals.includes(line.hospital));
  // A line that names no channel cannot be shown to be outside the authorised channels.
  const channel =
    doc.channels.length === 0 || line.channel === null || doc.channels.includes(line.channel);
  return product && territory && channel;
}
