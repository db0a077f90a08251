-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApprovalStep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "national" BOOLEAN NOT NULL,
    "decision" TEXT NOT NULL DEFAULT 'PENDING',
    "decidedBy" TEXT,
    "comment" TEXT,
    "decidedAt" DATETIME,
    CONSTRAINT "ApprovalStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ApprovalStep" ("comment", "decidedAt", "decidedBy", "decision", "id", "name", "national", "role", "seq", "versionId") SELECT "comment", "decidedAt", "decidedBy", "decision", "id", "name", "national", "role", "seq", "versionId" FROM "ApprovalStep";
DROP TABLE "ApprovalStep";
ALTER TABLE "new_ApprovalStep" RENAME TO "ApprovalStep";
CREATE UNIQUE INDEX "ApprovalStep_versionId_round_seq_key" ON "ApprovalStep"("versionId", "round", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

