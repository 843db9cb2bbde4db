-- DropIndex
DROP INDEX "facts_key_year_current_idx";


-- Hand-written: comparisons across agencies (one cell, one year, current versions) as an index-only
-- scan. Measured on 6 M facts (30k reports): 343 ms with the plain (key, year, current) index, 9 ms with this.
CREATE INDEX "facts_current_key_year_cover" ON "facts"("key", "year") INCLUDE ("agency_id", "value") WHERE "current";
