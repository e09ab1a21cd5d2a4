/**
 * The minutes document model and its pdfkit renderer: data in, PDF bytes out. No Nest, no database:
 * the worker builds a MinutesDocument from the meeting record and calls renderMinutesPdf.
 */
export * from './minutes-document';
export { renderMinutesPdf } from './render-minutes';
export { labelsFor, type MinutesLabels } from './labels';
export { typeset } from './typography';
export { sampleMinutesDocument, longMinutesDocument } from './sample-meeting';
