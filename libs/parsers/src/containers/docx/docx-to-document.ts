import mammoth from 'mammoth';
import type { DocumentModel } from '../../document/document-model';
import { htmlToDocument } from '../html';

/** Images carry no report figures; dropping them keeps a scanned-page-laden .docx fast to read. */
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Word to the document model through HTML: mammoth keeps paragraphs and turns merged table cells
 * into rowspan/colspan, which the HTML container already expands into grids.
 */
export async function docxToDocument(bytes: Uint8Array): Promise<DocumentModel> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: dropImages });
  return { ...htmlToDocument(html), container: 'docx' };
}
