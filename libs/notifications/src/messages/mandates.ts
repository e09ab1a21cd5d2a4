import type { MessageContent } from '../content';
import { formatDate } from '../format';
import type { MandatesEnding } from '../notification';
import { greeting, type MessageContext, quoted } from './shared';

/** The secretariat's weekly digest of mandates ending within 90 days, soonest first. */
export function mandatesEndingContent(n: MandatesEnding, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const count = n.mandates.length;
  const mandates = [...n.mandates].sort((a, b) => a.endDate.localeCompare(b.endDate));
  const body = quoted(ctx, n.bodyName);
  return {
    language,
    subject:
      count === 1
        ? say(`1 mandat se termine d'ici 90 jours : ${n.bodyName}`, `1 mandate ends within 90 days: ${n.bodyName}`)
        : say(
            `${count} mandats se terminent d'ici 90 jours : ${n.bodyName}`,
            `${count} mandates end within 90 days: ${n.bodyName}`,
          ),
    heading: say('Mandats qui se terminent dans les 90 jours', 'Mandates ending within 90 days'),
    paragraphs: [
      greeting(ctx),
      count === 0
        ? say(
            `Aucun mandat de l'instance ${body} ne se termine d'ici 90 jours.`,
            `No mandate of ${n.bodyName} ends within 90 days.`,
          )
        : say(
            `${count === 1 ? '1 mandat' : `${count} mandats`} de l'instance ${body} ${count === 1 ? 'se termine' : 'se terminent'} d'ici 90 jours. Pensez à préparer les renouvellements et les nominations.`,
            `${count === 1 ? '1 mandate' : `${count} mandates`} of ${n.bodyName} ${count === 1 ? 'ends' : 'end'} within 90 days. Time to prepare renewals and appointments.`,
          ),
    ],
    facts: [],
    sections:
      count === 0
        ? []
        : [
            {
              title: say('Mandats concernés', 'Mandates concerned'),
              ordered: false,
              items: mandates.map((m) => ({
                text: `${m.personName} — ${m.categoryLabel}`,
                detail: [
                  say(`Fin le ${formatDate(m.endDate, 'fr')}`, `Ends on ${formatDate(m.endDate, 'en')}`),
                  m.renewable ? say('renouvelable', 'renewable') : say('non renouvelable', 'not renewable'),
                ].join(' · '),
              })),
            },
          ],
    action: { label: say('Voir la composition', 'See the composition'), href: ctx.links.composition(n.bodyId) },
    notes: [],
    footer: say(
      `Vous recevez ce résumé chaque semaine en tant que secrétariat de l'instance ${body}.`,
      `You receive this weekly digest as the secretariat of ${n.bodyName}.`,
    ),
  };
}
