-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('queued', 'processing', 'accepted', 'rejected', 'failed');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('error', 'warning', 'info');

-- CreateEnum
CREATE TYPE "FindingOutcome" AS ENUM ('fail', 'not_assessable');

-- CreateEnum
CREATE TYPE "FindingScope" AS ENUM ('report', 'cross');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('confirmed', 'dismissed');

-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "regions" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "agencies" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" TEXT,
    "category" TEXT,
    "level" TEXT,
    "aggregate_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submissions" (
    "id" UUID NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'queued',
    "sha256" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "declared_type" TEXT,
    "file_name" TEXT,
    "media_type" TEXT,
    "encoding" TEXT,
    "error" TEXT,
    "agency_hint" TEXT,
    "year_hint" INTEGER,
    "agency_id" UUID,
    "correlation_id" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_documents" (
    "submission_id" UUID NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "submission_documents_pkey" PRIMARY KEY ("submission_id")
);

-- CreateTable
CREATE TABLE "report_versions" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "format_version" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "provenance" JSONB NOT NULL,
    "submission_id" UUID,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facts" (
    "report_version_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL,
    "value" DECIMAL(20,4),
    "kind" TEXT NOT NULL,

    CONSTRAINT "facts_pkey" PRIMARY KEY ("report_version_id","key")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL,
    "report_version_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "scope" "FindingScope" NOT NULL DEFAULT 'report',
    "rule" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "outcome" "FindingOutcome" NOT NULL,
    "cells" TEXT[],
    "expected" JSONB,
    "actual" JSONB,
    "message" TEXT NOT NULL,
    "message_en" TEXT,
    "ruleset_version" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_reviews" (
    "fingerprint" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reviewer" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_reviews_pkey" PRIMARY KEY ("fingerprint")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" UUID NOT NULL,
    "queue" TEXT NOT NULL,
    "job_name" TEXT NOT NULL,
    "job_id" TEXT,
    "status" "JobRunStatus" NOT NULL DEFAULT 'running',
    "payload" JSONB NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "error" TEXT,
    "correlation_id" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "regions_parent_code_idx" ON "regions"("parent_code");

-- CreateIndex
CREATE INDEX "agencies_name_idx" ON "agencies"("name");

-- CreateIndex
CREATE INDEX "agencies_aggregate_id_idx" ON "agencies"("aggregate_id");

-- CreateIndex
-- Hand edit: NULLS NOT DISTINCT so that two agencies without a region cannot share a name.
CREATE UNIQUE INDEX "agencies_region_code_name_key" ON "agencies"("region_code", "name") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "submissions_status_updated_at_idx" ON "submissions"("status", "updated_at");

-- CreateIndex
CREATE INDEX "submissions_sha256_idx" ON "submissions"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "report_versions_submission_id_key" ON "report_versions"("submission_id");

-- CreateIndex
CREATE INDEX "report_versions_year_current_idx" ON "report_versions"("year", "current");

-- CreateIndex
CREATE UNIQUE INDEX "report_versions_agency_id_year_version_key" ON "report_versions"("agency_id", "year", "version");

-- CreateIndex
CREATE INDEX "facts_key_year_current_idx" ON "facts"("key", "year", "current");

-- CreateIndex
CREATE INDEX "facts_agency_id_key_year_idx" ON "facts"("agency_id", "key", "year");

-- CreateIndex
CREATE INDEX "findings_report_version_id_scope_idx" ON "findings"("report_version_id", "scope");

-- CreateIndex
CREATE INDEX "findings_agency_id_year_idx" ON "findings"("agency_id", "year");

-- CreateIndex
CREATE INDEX "findings_year_rule_severity_idx" ON "findings"("year", "rule", "severity");

-- CreateIndex
CREATE INDEX "findings_fingerprint_idx" ON "findings"("fingerprint");

-- CreateIndex
CREATE INDEX "job_runs_job_name_started_at_idx" ON "job_runs"("job_name", "started_at");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_aggregate_id_fkey" FOREIGN KEY ("aggregate_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_documents" ADD CONSTRAINT "submission_documents_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facts" ADD CONSTRAINT "facts_report_version_id_fkey" FOREIGN KEY ("report_version_id") REFERENCES "report_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_report_version_id_fkey" FOREIGN KEY ("report_version_id") REFERENCES "report_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express partial indexes): one current version per agency and year.
CREATE UNIQUE INDEX "report_versions_one_current" ON "report_versions"("agency_id", "year") WHERE "current";
