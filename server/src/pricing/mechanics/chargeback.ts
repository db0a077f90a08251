import type { SettlementMechanic } from './types';

/**
 * 价差补偿: (distributor invoice price − hospital contract price) × qty on eligible claim lines,
 * computed in settlement from claims (SPEC 7). The rule row only says where it applies, so there
 * is nothing beyond the common checks to validate here.
 */
export const chargeback: SettlementMechanic = {
  mechanic: 'CHARGEBACK',
  level: 'SETTLEMENT',
  valueKind: 'NONE',
  validate: () => [],
};
