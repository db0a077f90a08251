import type { LineMechanic } from './types';

/** 百分比折扣: a percentage of the base of the discounted units. */
export const pctOff: LineMechanic = {
  mechanic: 'PCT_OFF',
  level: 'LINE',
  valueKind: 'PERCENT',
  terminal: false,
  discount: ({ value, base }) => base.times(value).dividedBy(100),
};
