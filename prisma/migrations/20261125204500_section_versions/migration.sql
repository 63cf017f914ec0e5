-- AlterTable
ALTER TABLE "BusinessFunction" ADD COLUMN     "dependenciesVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CommitteeMember" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
