/**
 * One pricing thread of priceOrderBook: prepares the rules once from workerData, then prices each
 * batch it is sent and posts the priced orders back as JSON.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { prepareRules, priceOrder } from './engine';
import { pricedOrderToJson, type PricedOrderJson } from './priced-line-json';
import type { EngineRule, PricingOptions, PricingOrder } from './types';

export interface BookSetup {
  rules: readonly EngineRule[];
  options: PricingOptions;
}

export interface BookBatch {
  first: number;
  orders: readonly PricingOrder[];
}

export interface PricedBatch {
  first: number;
  priced: PricedOrderJson[];
}

if (parentPort) {
  const port = parentPort;
  const { rules, options } = workerData as BookSetup;
  const prepared = prepareRules(rules);
  port.on('message', ({ first, orders }: BookBatch) => {
    const priced = orders.map((order) => pricedOrderToJson(priceOrder(order, prepared, options)));
    port.postMessage({ first, priced } satisfies PricedBatch);
  });
}
