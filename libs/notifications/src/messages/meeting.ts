import type { MessageContent } from '../content';
import { formatDay, formatWhen } from '../format';
import type { Convocation, MeetingCancelled, MeetingMoved, MeetingReminder } from '../notification';
import {
  agendaSection,
  greeting,
  meetingFacts,
  memberFooter,
  type MessageContext,
  optionalFooter,
  quoted,
} from './shared';

export function convocationContent(n: Convocation, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const day = formatDay(meeting.startsAt, meeting.timeZone, language);
  const title = quoted(ctx, meeting.title);
  const urgent = n.urgentReason
    ? [
        say(
          `Cette réunion est convoquée en urgence. Motif : ${n.urgentReason}`,
          `This meeting is called urgently. Reason: ${n.urgentReason}`,
        ),
      ]
    : [];
  return {
    language,
    subject: n.urgentReason
      ? say(`Convocation urgente : ${meeting.title}, ${day}`, `Urgent notice of meeting: ${meeting.title}, ${day}`)
      : say(`Convocation : ${meeting.title}, ${day}`, `Notice of meeting: ${meeting.title}, ${day}`),
    heading: say(`Convocation — ${meeting.bodyName}`, `Notice of meeting — ${meeting.bodyName}`),
    paragraphs: [
      greeting(ctx),
      say(
        `Nous vous convoquons à la réunion ${title}, le ${formatWhen(meeting, 'fr')}.`,
        `You are invited to the meeting ${title}, on ${formatWhen(meeting, 'en')}.`,
      ),
      ...urgent,
    ],
    facts: meetingFacts(ctx, meeting),
    sections: n.agenda.length > 0 ? [agendaSection(ctx, n.agenda)] : [],
    action: { label: say('Répondre à la convocation', 'Reply to the notice'), href: ctx.links.attendance(meeting.id) },
    notes: [
      say(
        'Si vous ne pouvez pas venir, dites-le sur la même page : vous pouvez y donner procuration à un autre membre.',
        'If you cannot come, say so on the same page: you can give your proxy to another member there.',
      ),
      say(
        "L'invitation jointe ajoute la réunion à votre agenda.",
        'The attached invitation adds the meeting to your calendar.',
      ),
    ],
    footer: memberFooter(ctx, meeting.bodyName),
  };
}

export function meetingMovedContent(n: MeetingMoved, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const day = formatDay(meeting.startsAt, meeting.timeZone, language);
  const title = quoted(ctx, meeting.title);
  const previous = { ...meeting, startsAt: n.previousStartsAt };
  const dateChanged = Date.parse(n.previousStartsAt) !== Date.parse(meeting.startsAt);
  const placeChanged = (n.previousLocation ?? '') !== (meeting.location ?? '');
  const paragraphs = [
    greeting(ctx),
    dateChanged
      ? say(
          `La réunion ${title} change de date. Elle aura lieu le ${formatWhen(meeting, 'fr')}, au lieu du ${formatWhen(previous, 'fr')}.`,
          `The meeting ${title} has moved. It will take place on ${formatWhen(meeting, 'en')}, instead of ${formatWhen(previous, 'en')}.`,
        )
      : say(
          `La réunion ${title} a changé. Sa date ne change pas : le ${formatWhen(meeting, 'fr')}.`,
          `The meeting ${title} has changed. Its date stays the same: ${formatWhen(meeting, 'en')}.`,
        ),
  ];
  if (placeChanged && meeting.location) {
    paragraphs.push(say(`Nouveau lieu : ${meeting.location}.`, `New place: ${meeting.location}.`));
  }
  return {
    language,
    subject: say(
      `Réunion modifiée : ${meeting.title}, désormais le ${day}`,
      `Meeting changed: ${meeting.title}, now on ${day}`,
    ),
    heading: dateChanged
      ? say(`La réunion change de date : le ${day}`, `The meeting has moved to ${day}`)
      : say('La réunion a changé', 'The meeting has changed'),
    paragraphs,
    facts: meetingFacts(ctx, meeting),
    sections: [],
    action: { label: say('Voir la réunion', 'See the meeting'), href: ctx.links.meeting(meeting.id) },
    notes: [
      say(
        "L'invitation jointe met à jour la réunion dans votre agenda.",
        'The attached invitation updates the meeting in your calendar.',
      ),
    ],
    footer: memberFooter(ctx, meeting.bodyName),
  };
}

export function meetingCancelledContent(n: MeetingCancelled, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const day = formatDay(meeting.startsAt, meeting.timeZone, language);
  const title = quoted(ctx, meeting.title);
  return {
    language,
    subject: say(`Réunion annulée : ${meeting.title}, ${day}`, `Meeting cancelled: ${meeting.title}, ${day}`),
    heading: say(`La réunion du ${day} est annulée`, `The meeting on ${day} is cancelled`),
    paragraphs: [
      greeting(ctx),
      say(
        `La réunion ${title}, prévue le ${formatWhen(meeting, 'fr')}, n'aura pas lieu.`,
        `The meeting ${title}, planned on ${formatWhen(meeting, 'en')}, will not take place.`,
      ),
      ...(n.reason ? [say(`Motif : ${n.reason}`, `Reason: ${n.reason}`)] : []),
    ],
    facts: [],
    sections: [],
    action: { label: say('Voir la réunion', 'See the meeting'), href: ctx.links.meeting(meeting.id) },
    notes: [
      say(
        "L'invitation jointe retire la réunion de votre agenda.",
        'The attached cancellation removes the meeting from your calendar.',
      ),
    ],
    footer: memberFooter(ctx, meeting.bodyName),
  };
}

export function meetingReminderContent(n: MeetingReminder, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const day = formatDay(meeting.startsAt, meeting.timeZone, language);
  return {
    language,
    subject: say(`Rappel : ${meeting.title}, ${day}`, `Reminder: ${meeting.title}, ${day}`),
    heading: say('Rappel : la réunion a lieu dans deux jours', 'Reminder: the meeting is in two days'),
    paragraphs: [
      greeting(ctx),
      say(
        `La réunion ${quoted(ctx, meeting.title)} a lieu le ${formatWhen(meeting, 'fr')}.`,
        `The meeting ${quoted(ctx, meeting.title)} takes place on ${formatWhen(meeting, 'en')}.`,
      ),
    ],
    facts: meetingFacts(ctx, meeting),
    sections: n.agenda.length > 0 ? [agendaSection(ctx, n.agenda)] : [],
    action: {
      label: say("Voir l'ordre du jour et les documents", 'See the agenda and documents'),
      href: ctx.links.meeting(meeting.id),
    },
    notes: [
      say(
        'Vous ne pouvez pas venir ? Dites-le et donnez procuration sur la page de la réunion.',
        'Cannot come? Say so and give your proxy on the meeting page.',
      ),
    ],
    ...optionalFooter(ctx, meeting.bodyName),
  };
}
