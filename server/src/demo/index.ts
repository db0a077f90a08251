export { DEMO_DISTRIBUTORS, DEMO_HOSPITALS } from './demo-customers';
export { DEMO_COMPANY, DEMO_MASTER, DEMO_PRICE_START } from './demo-master';
export { buildDemoMasterWorkbook } from './demo-master-workbook';
export { DEMO_ORDER_LINES, DEMO_ORDERS } from './demo-orders';
export { type DemoPlan, DEMO_PLANS } from './demo-plans';
export { DEMO_CATALOGUE, DEMO_PRODUCTS } from './demo-products';
export { buildExampleOrderLinesWorkbook } from './example-order-lines-workbook';
export { buildExamplePlanWorkbook } from './example-plan-workbook';
