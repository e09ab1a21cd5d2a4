import type { MessageContent } from '../content';
import { formatDayTime, formatWhen } from '../format';
import type { Convocation, MeetingCancelled, MeetingMoved, MeetingReminder } from '../notification';
import {
  agendaSection,
  greeting,
  meetingFacts,
  memberFooter,
  type MessageContext,
  namedMeeting,
  optionalFooter,
} from './shared';

// The opening sentence says what and which day; the facts that follow say when, where and how to
// join in full, so that a screen reader does not read the same hours twice.

export function convocationContent(n: Convocation, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting } = n;
  const { day, title } = namedMeeting(ctx, meeting);
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
        `Nous vous convoquons à la réunion ${title}, le ${day}.`,
        `You are invited to the meeting ${title}, on ${day}.`,
      ),
      ...urgent,
    ],
    facts: meetingFacts(ctx, meeting),
    sections: n.agenda.length > 0 ? [agendaSection(ctx, meeting.id, n.agenda)] : [],
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
  const { day, title } = namedMeeting(ctx, meeting);
  const before = formatDayTime(n.previousStartsAt, meeting.timeZone, language);
  const dateChanged = Date.parse(n.previousStartsAt) !== Date.parse(meeting.startsAt);
  const placeChanged = (n.previousLocation ?? '') !== (meeting.location ?? '');
  const paragraphs = [
    greeting(ctx),
    dateChanged
      ? say(
          `La réunion ${title} change de date : elle aura lieu le ${formatWhen(meeting, 'fr')}, et non plus le ${before}.`,
          `The meeting ${title} has moved: it will take place on ${formatWhen(meeting, 'en')}, no longer on ${before}.`,
        )
      : say(
          `La réunion ${title} a changé. Sa date reste le ${day}.`,
          `The meeting ${title} has changed. Its date is still ${day}.`,
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
      ? say(`Nouvelle date : ${day}`, `New date: ${day}`)
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
  const { day, title } = namedMeeting(ctx, meeting);
  const at = formatDayTime(meeting.startsAt, meeting.timeZone, language);
  return {
    language,
    subject: say(`Réunion annulée : ${meeting.title}, ${day}`, `Meeting cancelled: ${meeting.title}, ${day}`),
    heading: say(`La réunion du ${day} est annulée`, `The meeting on ${day} is cancelled`),
    paragraphs: [
      greeting(ctx),
      say(
        `La réunion ${title}, prévue le ${at}, n'aura pas lieu.`,
        `The meeting ${title}, planned on ${at}, will not take place.`,
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
  const { day, title } = namedMeeting(ctx, meeting);
  return {
    language,
    subject: say(`Rappel : ${meeting.title}, ${day}`, `Reminder: ${meeting.title}, ${day}`),
    heading: say('Rappel : la réunion a lieu dans deux jours', 'Reminder: the meeting is in two days'),
    paragraphs: [
      greeting(ctx),
      say(
        `La réunion ${title} a lieu après-demain, le ${day}.`,
        `The meeting ${title} takes place the day after tomorrow, on ${day}.`,
      ),
    ],
    facts: meetingFacts(ctx, meeting),
    sections: n.agenda.length > 0 ? [agendaSection(ctx, meeting.id, n.agenda)] : [],
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
