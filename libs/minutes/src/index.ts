/**
 * The minutes document model and its pdfkit renderer (data in, PDF bytes out) arrive with the
 * minutes feature; the library exists so that both apps can already depend on its alias.
 */
export const MINUTES_LANGUAGES = ['fr', 'en'] as const;
export type MinutesLanguage = (typeof MINUTES_LANGUAGES)[number];
