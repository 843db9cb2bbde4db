-- AlterTable
ALTER TABLE "findings" ADD COLUMN     "related" JSONB;

