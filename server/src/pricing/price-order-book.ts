/**
 * Prices a large order book on several threads: each worker prepares the rules once and prices
 * batches of orders with the same engine as priceOrder, so the results are the ones priceOrder
 * would give. Results cross threads as PricedOrderJson (plain data; Decimal does not survive the
 * copy). Batches are handed out as workers finish, and each is passed to `onPriced` as it
 * arrives, with the position of its first order, so the caller decides what to keep: a whole
 * book of priced lines with their traces would not fit in memory.
 */
import { Worker } from 'node:worker_threads';

import type { PricedOrderJson } from './priced-line-json';
import type { BookBatch, BookSetup, PricedBatch } from './price-order-book-worker';
import type { EngineRule, PricingOptions, PricingOrder } from './types';

export interface OrderBookOptions extends PricingOptions {
  /** Worker threads; default 2 (the CI machine's cores). */
  threads?: number;
  /** Orders per message; default 50. */
  batchOrders?: number;
}

export type OnPriced = (priced: PricedOrderJson[], firstOrder: number) => void;

/** Resolves once every order was priced and passed to `onPriced`; rejects on a worker error. */
export async function priceOrderBook(
  orders: readonly PricingOrder[],
  rules: readonly EngineRule[],
  options: OrderBookOptions,
  onPriced: OnPriced,
): Promise<void> {
  const { threads = 2, batchOrders = 50, traceLevel } = options;
  const batches: BookBatch[] = [];
  for (let first = 0; first < orders.length; first += batchOrders)
    batches.push({ first, orders: orders.slice(first, first + batchOrders) });
  const setup: BookSetup = { rules, options: { traceLevel } };
  const count = Math.max(1, Math.min(threads, batches.length));
  const workers = Array.from({ length: count }, () => startWorker(setup));
  try {
    await Promise.all(workers.map((worker) => drain(worker, batches, onPriced)));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * The worker module is TypeScript, loaded through tsx as bin/medpromo.js loads the CLI, so the
 * engine runs from the same sources in every thread.
 */
function startWorker(setup: BookSetup): Worker {
  const tsx = require.resolve('tsx/cjs');
  const module = require.resolve('./price-order-book-worker');
  const source = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(module)});`;
  return new Worker(source, { eval: true, workerData: setup });
}

/** Feeds one worker from the shared queue, two batches in flight so it never waits for work. */
function drain(worker: Worker, queue: BookBatch[], onPriced: OnPriced): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    const send = () => {
      const batch = queue.shift();
      if (!batch) return;
      inFlight += 1;
      worker.postMessage(batch);
    };
    worker.on('message', (result: PricedBatch) => {
      inFlight -= 1;
      try {
        onPriced(result.priced, result.first);
      } catch (error) {
        reject(error);
        return;
      }
      send();
      if (inFlight === 0) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (inFlight > 0) reject(new Error(`pricing worker stopped (exit code ${code})`));
    });
    send();
    send();
    if (inFlight === 0) resolve();
  });
}
