export { LINES_SHEET } from './lines-sheet';
export type { OrderLineInput } from './order-line-input';
export { type OrderLinesResult, parseOrderLines } from './parse-order-lines';
export { parsePricingDate } from './pricing-date';
