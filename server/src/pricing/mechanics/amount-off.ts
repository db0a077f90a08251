import type { LineMechanic } from './types';

/** 金额折扣: a fixed amount off each discounted unit, whatever the base. */
export const amountOff: LineMechanic = {
  mechanic: 'AMOUNT_OFF',
  level: 'LINE',
  valueKind: 'AMOUNT',
  terminal: false,
  discount: ({ value, discountedQty }) => value.times(discountedQty),
};
