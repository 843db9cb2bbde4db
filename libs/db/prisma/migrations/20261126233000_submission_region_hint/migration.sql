-- AlterTable
ALTER TABLE "submissions" ADD COLUMN     "region_hint" TEXT;

