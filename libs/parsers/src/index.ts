export * from './document/document-model';
export * from './parse-document';
export * from './recognize';
export * from './containers/text';
