import { type Fact, type Link, type MessageContent, type Section, safeHref } from '../content';
import { formatDay, formatWhen, type PageLinks } from '../format';
import type { AgendaItemInfo, AgendaItemKind, Language, MeetingInfo, Recipient } from '../notification';

/** What every message builder receives besides its notification. */
export interface MessageContext {
  language: Language;
  recipient: Recipient;
  links: PageLinks;
  /** Picks the sentence in the reader's language. */
  say: (fr: string, en: string) => string;
}

export function messageContext(recipient: Recipient, links: PageLinks): MessageContext {
  const language = recipient.language ?? 'fr';
  return { language, recipient, links, say: (fr, en) => (language === 'fr' ? fr : en) };
}

/** A title in quotation marks, the French way with non-breaking spaces. */
export function quoted(ctx: MessageContext, text: string): string {
  return ctx.say(`«\u00a0${text}\u00a0»`, `“${text}”`);
}

/** How most messages name a meeting: its day in the body's time zone and its quoted title. */
export function namedMeeting(ctx: MessageContext, meeting: MeetingInfo): { day: string; title: string } {
  return { day: formatDay(meeting.startsAt, meeting.timeZone, ctx.language), title: quoted(ctx, meeting.title) };
}

export function greeting(ctx: MessageContext): string {
  return ctx.say(`Bonjour ${ctx.recipient.name},`, `Hello ${ctx.recipient.name},`);
}

/** When, where and how to join: the essentials of every meeting message. */
export function meetingFacts(ctx: MessageContext, meeting: MeetingInfo): Fact[] {
  const { say } = ctx;
  const facts: Fact[] = [{ label: say('Quand', 'When'), value: formatWhen(meeting, ctx.language) }];
  if (meeting.location) facts.push({ label: say('Où', 'Where'), value: meeting.location });
  const video = safeHref(meeting.videoUrl);
  if (meeting.videoUrl) {
    facts.push({
      label: say('Visioconférence', 'Video call'),
      value: meeting.videoUrl,
      ...(video ? { href: video } : {}),
    });
  }
  return facts;
}

const KIND: Record<AgendaItemKind, [string, string]> = {
  information: ['Pour information', 'For information'],
  discussion: ['Pour discussion', 'For discussion'],
  decision: ['Pour décision', 'For decision'],
};

/** The agenda as an ordered list: each item's kind, presenter, length and documents. */
export function agendaSection(ctx: MessageContext, meetingId: string, agenda: AgendaItemInfo[]): Section {
  const { say } = ctx;
  return {
    title: say('Ordre du jour', 'Agenda'),
    ordered: true,
    items: agenda.map((item) => {
      const detail = [
        say(...KIND[item.kind]),
        item.presenter ? say(`présenté par ${item.presenter}`, `presented by ${item.presenter}`) : null,
        item.durationMinutes ? `${item.durationMinutes} min` : null,
      ].filter((part): part is string => part !== null);
      const links: Link[] = item.documents.map((doc) => ({
        label: say(`Document : ${doc.name}`, `Document: ${doc.name}`),
        href: ctx.links.document(meetingId, doc.id),
      }));
      return { text: item.title, detail: detail.join(' · '), links };
    }),
  };
}

export function memberFooter(ctx: MessageContext, bodyName: string): string {
  return ctx.say(
    `Vous recevez ce message en tant que membre de l'instance ${quoted(ctx, bodyName)}.`,
    `You receive this message as a member of ${bodyName}.`,
  );
}

/** The footer of a message one may stop receiving (all but convocations and their changes). */
export function optionalFooter(ctx: MessageContext, bodyName: string): Pick<MessageContent, 'footer' | 'footerLink'> {
  return {
    footer: memberFooter(ctx, bodyName),
    footerLink: {
      label: ctx.say('Choisir les messages que je reçois', 'Choose which messages I receive'),
      href: ctx.links.account(),
    },
  };
}
