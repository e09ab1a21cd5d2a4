import type { MessageContent, Section } from '../content';
import type { AgendaRepublished } from '../notification';
import { greeting, meetingFacts, type MessageContext, namedMeeting, optionalFooter } from './shared';

export function agendaRepublishedContent(n: AgendaRepublished, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const { day, title } = namedMeeting(ctx, meeting);
  const changes: Array<[string[], string, string]> = [
    [n.added, 'Points ajoutés', 'Items added'],
    [n.removed, 'Points retirés', 'Items removed'],
    [n.changed, 'Points modifiés', 'Items changed'],
  ];
  const sections: Section[] = changes
    .filter(([titles]) => titles.length > 0)
    .map(([titles, fr, en]) => ({ title: say(fr, en), ordered: false, items: titles.map((text) => ({ text })) }));
  return {
    language,
    subject: say(
      `Ordre du jour modifié : ${meeting.title}, ${day} (version ${n.version})`,
      `Agenda updated: ${meeting.title}, ${day} (version ${n.version})`,
    ),
    heading: say(`L'ordre du jour de la réunion du ${day} a changé`, `The agenda of the meeting on ${day} has changed`),
    paragraphs: [
      greeting(ctx),
      say(
        `Le secrétariat a publié la version ${n.version} de l'ordre du jour de la réunion ${title}.`,
        `The secretariat has published version ${n.version} of the agenda of the meeting ${title}.`,
      ),
      say(`Ce qui change : ${n.changeNote}`, `What changes: ${n.changeNote}`),
    ],
    facts: meetingFacts(ctx, meeting),
    sections,
    action: { label: say('Voir le nouvel ordre du jour', 'See the new agenda'), href: ctx.links.agenda(meeting.id) },
    notes: [],
    ...optionalFooter(ctx, meeting.bodyName),
  };
}
