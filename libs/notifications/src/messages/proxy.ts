import type { MessageContent } from '../content';
import type { ProxyChanged } from '../notification';
import { greeting, meetingFacts, memberFooter, type MessageContext, namedMeeting } from './shared';

/** A proxy given to the recipient, or withdrawn: they vote, or no longer vote, for someone else. */
export function proxyChangedContent(n: ProxyChanged, ctx: MessageContext): MessageContent {
  const { say, language } = ctx;
  const { meeting, giver } = n;
  const { day, title } = namedMeeting(ctx, meeting);
  const given = n.kind === 'proxy_given';
  return {
    language,
    subject: given
      ? say(
          `${giver} vous donne procuration : ${meeting.title}, ${day}`,
          `${giver} gives you their proxy: ${meeting.title}, ${day}`,
        )
      : say(
          `${giver} a retiré sa procuration : ${meeting.title}, ${day}`,
          `${giver} has withdrawn their proxy: ${meeting.title}, ${day}`,
        ),
    heading: given
      ? say(`${giver} vous donne procuration`, `${giver} gives you their proxy`)
      : say(`${giver} a retiré sa procuration`, `${giver} has withdrawn their proxy`),
    paragraphs: given
      ? [
          greeting(ctx),
          say(
            `${giver} ne pourra pas venir à la réunion ${title} du ${day} et vous a donné procuration.`,
            `${giver} cannot come to the meeting ${title} on ${day} and has given you their proxy.`,
          ),
          say(
            'Lors des votes, vous voterez aussi en son nom.',
            'When the meeting votes, you will also vote on their behalf.',
          ),
        ]
      : [
          greeting(ctx),
          say(
            `${giver} a retiré la procuration qui vous était donnée pour la réunion ${title} du ${day}.`,
            `${giver} has withdrawn the proxy given to you for the meeting ${title} on ${day}.`,
          ),
          say('Vous ne voterez plus en son nom.', 'You will no longer vote on their behalf.'),
        ],
    facts: meetingFacts(ctx, meeting),
    sections: [],
    action: { label: say('Voir la réunion', 'See the meeting'), href: ctx.links.meeting(meeting.id) },
    notes: given
      ? [
          say(
            'Si vous ne pouvez pas venir non plus, prévenez le secrétariat au plus vite.',
            'If you cannot come either, please tell the secretariat as soon as possible.',
          ),
        ]
      : [],
    footer: memberFooter(ctx, meeting.bodyName),
  };
}
