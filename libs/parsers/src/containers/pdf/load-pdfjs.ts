import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is ESM-only: it is loaded with a real dynamic import (kept as such by tsc and swc). Its
 * worker runs on the main thread (no worker threads in a request or job), and the CMaps that
 * non-embedded Chinese fonts (UniGB-UCS2-H …) need are read from the package on disk.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

const packageDir = dirname(require.resolve('pdfjs-dist/package.json'));
export const PDFJS_DATA = {
  cMapUrl: join(packageDir, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
};
