import type { OrderMechanic } from './types';

/** 整单减额: a fixed amount off the order, later allocated to the lines. */
export const orderAmountOff: OrderMechanic = {
  mechanic: 'ORDER_AMOUNT_OFF',
  level: 'ORDER',
  valueKind: 'AMOUNT',
  discount: ({ value }) => value,
};
