import type { MessageContent } from '../content';
import { formatDate } from '../format';
import type { MinutesAwaitingReview, MinutesPublished } from '../notification';
import { greeting, type MessageContext, namedMeeting, optionalFooter } from './shared';

export function minutesAwaitingReviewContent(n: MinutesAwaitingReview, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const { day, title } = namedMeeting(ctx, meeting);
  return {
    language,
    subject: say(`Compte rendu à relire : ${meeting.title}, ${day}`, `Minutes to review: ${meeting.title}, ${day}`),
    heading: say(`Le compte rendu de la réunion du ${day} est prêt`, `The minutes of the meeting on ${day} are ready`),
    paragraphs: [
      greeting(ctx),
      say(
        `La version ${n.version} du compte rendu de la réunion ${title} est prête.`,
        `Version ${n.version} of the minutes of the meeting ${title} is ready.`,
      ),
      say(
        'Merci de la relire : elle sera soumise à approbation lors de la prochaine réunion.',
        'Please read it: it will be put for approval at the next meeting.',
      ),
    ],
    facts: [],
    sections: [],
    action: { label: say('Lire le compte rendu', 'Read the minutes'), href: ctx.links.minutes(meeting.id) },
    notes: [
      say(
        'Une correction à proposer ? Écrivez au secrétariat avant la prochaine réunion.',
        'A correction to suggest? Write to the secretariat before the next meeting.',
      ),
    ],
    ...optionalFooter(ctx, meeting.bodyName),
  };
}

export function minutesPublishedContent(n: MinutesPublished, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const { day, title } = namedMeeting(ctx, meeting);
  const approvedOn = formatDate(n.approvedOn, language);
  return {
    language,
    subject: say(`Compte rendu publié : ${meeting.title}, ${day}`, `Minutes published: ${meeting.title}, ${day}`),
    heading: say(
      `Le compte rendu de la réunion du ${day} est publié`,
      `The minutes of the meeting on ${day} are published`,
    ),
    paragraphs: [
      greeting(ctx),
      say(
        `Le compte rendu de la réunion ${title} a été approuvé le ${approvedOn}. Il est maintenant public.`,
        `The minutes of the meeting ${title} were approved on ${approvedOn}. They are now public.`,
      ),
    ],
    facts: [],
    sections: [],
    action: { label: say('Lire le compte rendu', 'Read the minutes'), href: ctx.links.minutes(meeting.id) },
    notes: [],
    ...optionalFooter(ctx, meeting.bodyName),
  };
}
