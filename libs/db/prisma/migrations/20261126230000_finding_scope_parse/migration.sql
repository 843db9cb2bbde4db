-- AlterEnum
ALTER TYPE "FindingScope" ADD VALUE 'parse';

