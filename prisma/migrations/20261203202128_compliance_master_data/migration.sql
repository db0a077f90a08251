-- CreateTable
CREATE TABLE "DistributorLicense" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "distributor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DistributorAuthorization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "distributor" TEXT NOT NULL,
    "docNo" TEXT NOT NULL,
    "products" TEXT NOT NULL,
    "territory" TEXT NOT NULL,
    "channels" TEXT NOT NULL,
    "exclusive" BOOLEAN NOT NULL DEFAULT false,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PlatformListing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "province" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "listedPrice" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "VbpAward" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "provinces" TEXT NOT NULL,
    "selectedPrice" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InventoryLot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sku" TEXT NOT NULL,
    "lot" TEXT NOT NULL,
    "expiry" TEXT,
    "qty" INTEGER NOT NULL,
    "asOf" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TwoInvoiceRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "province" TEXT NOT NULL,
    "ownership" TEXT NOT NULL,
    "deviceClass" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "DistributorLicense_distributor_kind_number_validFrom_key" ON "DistributorLicense"("distributor", "kind", "number", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "DistributorAuthorization_distributor_docNo_key" ON "DistributorAuthorization"("distributor", "docNo");

-- CreateIndex
CREATE INDEX "PlatformListing_sku_idx" ON "PlatformListing"("sku");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformListing_province_sku_validFrom_key" ON "PlatformListing"("province", "sku", "validFrom");

-- CreateIndex
CREATE INDEX "VbpAward_sku_idx" ON "VbpAward"("sku");

-- CreateIndex
CREATE UNIQUE INDEX "VbpAward_program_sku_validFrom_key" ON "VbpAward"("program", "sku", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryLot_sku_lot_asOf_key" ON "InventoryLot"("sku", "lot", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "TwoInvoiceRule_province_ownership_deviceClass_validFrom_key" ON "TwoInvoiceRule"("province", "ownership", "deviceClass", "validFrom");

