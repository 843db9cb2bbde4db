export { detectInput, MAX_INPUT_BYTES, type Intake, type BinaryContainer, type TextContainer } from './detect-input';
export { decodeText, declaredHtmlCharset, type TextEncoding, type Decoded } from './decode-text';
export { listZipEntries, readZipEntry, type ZipEntry, type ZipListing } from './zip-entries';
export { reject, type Rejection, type RejectionCode } from './rejection';
