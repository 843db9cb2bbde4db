import type { CanonicalReport } from '@nianbao/report';
import { chromium, type Browser } from 'playwright-core';
import { renderHtml } from './render-html';

export interface PdfRendererOptions {
  /** A Chromium with a CJK font installed (Debian: chromium + fonts-wqy-microhei). */
  executablePath?: string;
}

export interface PdfRenderer {
  render(report: CanonicalReport): Promise<Uint8Array>;
  /** Prints any HTML page (a variant layout, a fixture) the same way. */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Prints the HTML rendering to PDF with headless Chromium, as agencies' PDFs are mostly printed
 * from office software: a real text layer, tables drawn as ruled cells. One browser serves many
 * reports; close it when done.
 */
export async function createPdfRenderer(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const print = async (html: string): Promise<Uint8Array> => {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } }));
    } finally {
      await page.close();
    }
  };
  return { print, render: (report) => print(renderHtml(report)), close: () => browser.close() };
}
