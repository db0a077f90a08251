-- CreateTable
CREATE TABLE "ConfirmedOrder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderNo" TEXT NOT NULL,
    "pricingDate" TEXT NOT NULL,
    "versions" TEXT NOT NULL,
    "budgets" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "grossAmount" TEXT NOT NULL,
    "discountAmount" TEXT NOT NULL,
    "netAmount" TEXT NOT NULL,
    "confirmedBy" TEXT NOT NULL,
    "confirmedAt" DATETIME NOT NULL,
    "cancelledBy" TEXT,
    "cancelledAt" DATETIME
);

-- CreateTable
CREATE TABLE "ConfirmedLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderId" INTEGER NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "input" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "netAmount" TEXT NOT NULL,
    CONSTRAINT "ConfirmedLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ConfirmedOrder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetReservation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planCode" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "orderId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "BudgetReservation_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ConfirmedOrder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ConfirmedOrder_orderNo_key" ON "ConfirmedOrder"("orderNo");

-- CreateIndex
CREATE UNIQUE INDEX "ConfirmedLine_orderId_lineNo_key" ON "ConfirmedLine"("orderId", "lineNo");

-- CreateIndex
CREATE INDEX "BudgetReservation_planCode_idx" ON "BudgetReservation"("planCode");

