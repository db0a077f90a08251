import type { OrderMechanic } from './types';

/** 整单折扣: a percentage of the order base, later allocated to the lines. */
export const orderPctOff: OrderMechanic = {
  mechanic: 'ORDER_PCT_OFF',
  level: 'ORDER',
  valueKind: 'PERCENT',
  discount: ({ value, base }) => base.times(value).dividedBy(100),
};
