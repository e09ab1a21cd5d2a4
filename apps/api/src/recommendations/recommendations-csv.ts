import { stringify } from 'csv-stringify/sync';
import type { RecommendationResponse } from './dto/recommendation.response';

/** Column headings in the reader's language (French first). */
const HEADINGS = {
  fr: [
    'Identifiant',
    'Titre',
    'Statut',
    'Responsable',
    'Échéance',
    'En retard',
    'Transmise le',
    'Dernière réponse le',
    'Dernière réponse',
  ],
  en: ['Id', 'Title', 'Status', 'Owner', 'Due date', 'Overdue', 'Transmitted at', 'Last answer at', 'Last answer'],
} as const;

/**
 * Recommendations with their latest status as CSV for the direction's own reporting: UTF-8 with a
 * byte-order mark (so that spreadsheets keep the accents), CRLF line ends and quoting per RFC 4180.
 */
export function recommendationsCsv(rows: readonly RecommendationResponse[], language: 'fr' | 'en'): string {
  const yes = language === 'fr' ? 'oui' : 'yes';
  const no = language === 'fr' ? 'non' : 'no';
  return stringify(
    rows.map((r) => {
      const last = r.responses.at(-1);
      return [
        r.id,
        r.title,
        r.status,
        r.owner ?? '',
        r.dueDate ?? '',
        r.overdue ? yes : no,
        r.transmittedAt ?? '',
        last && last.status !== 'transmitted' ? last.at : '',
        last && last.status !== 'transmitted' ? last.text : '',
      ];
    }),
    { bom: true, header: true, columns: [...HEADINGS[language]], record_delimiter: 'windows', quoted_string: false },
  );
}
