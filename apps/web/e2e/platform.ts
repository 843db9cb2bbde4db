import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { ReportView, SubmissionCreated, SubmissionView } from '@nianbao/api-contract';

export const WEB_URL = (process.env.WEB_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
export const API_URL = (process.env.API_URL ?? 'http://127.0.0.1:4000/api/v1').replace(/\/+$/, '');
export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? path.resolve(__dirname, '../../../tmp/e2e-screenshots');
/** The project's own copies of real reports (tools/testing/documents), so the browser tests need no ../shared. */
const DOCUMENTS_DIR = path.resolve(__dirname, '../../../tools/testing/documents');

export const SEED_FILE = path.join(DOCUMENTS_DIR, 'xinxiang-police-2023.txt');
export const SEED_AGENCY = '新乡市公安局';
export const SEED_YEAR = 2023;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

async function api<T>(pathAndQuery: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${API_URL}${pathAndQuery}`, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${pathAndQuery} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export function getReport(id: string): Promise<ReportView> {
  return api<ReportView>(`/reports/${encodeURIComponent(id)}`);
}

/** Submits a fixture document through the API and returns the report version the worker stored. */
export async function submitFixture(relativePath: string): Promise<string> {
  const file = path.join(DOCUMENTS_DIR, relativePath);
  const form = new FormData();
  form.set('file', new Blob([readFileSync(file)]), path.basename(file));
  const created = await api<SubmissionCreated>('/submissions', { method: 'POST', body: form });
  const sub = await waitForSubmission(created.id);
  if (sub.status !== 'accepted' || !sub.reportVersionId) throw new Error(`${relativePath}: submission ${sub.status}: ${sub.error ?? ''}`);
  return sub.reportVersionId;
}

async function waitForSubmission(id: string, timeoutMs = 60000): Promise<SubmissionView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sub = await api<SubmissionView>(`/submissions/${encodeURIComponent(id)}`);
    if (sub.status !== 'queued' && sub.status !== 'processing') return sub;
    if (Date.now() > deadline) throw new Error(`submission ${id} still ${sub.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Submits the seed document through the API and returns the version the worker stored: the newest
 * version of 新乡市公安局 2023, and so the current one, whatever the demo data holds for that year.
 */
export function seedReportId(): Promise<string> {
  return submitFixture(path.basename(SEED_FILE));
}
