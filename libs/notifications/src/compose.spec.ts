import { composeMessage } from './compose';
import { aConvocation, aGramMeeting, JOHN, MARIE, oneOfEachKind, ORGANIZER, PUBLIC_URL } from './fixtures';
import type { Notification, NotificationKind, Recipient } from './notification';

const options = { publicUrl: PUBLIC_URL, organizer: ORGANIZER };
const meetingPage = `${PUBLIC_URL}/app/meetings/${aGramMeeting().id}`;

/** Per kind: the subject in French and in English, the page it links to, and a must-say in each language. */
const EXPECTED: Record<NotificationKind, { fr: RegExp; en: RegExp; link: string; says: [string, string] }> = {
  convocation: {
    fr: /^Convocation : Réunion du 1er trimestre 2027, jeudi 11 mars 2027$/,
    en: /^Notice of meeting: Réunion du 1er trimestre 2027, Thursday 11 March 2027$/,
    link: `${meetingPage}#attendance`,
    says: [
      'Quand\u00a0: jeudi 11 mars 2027, de 14h00 à 17h00 (heure de Paris)',
      'When: Thursday 11 March 2027, 2:00 pm to 5:00 pm (Paris time)',
    ],
  },
  meeting_moved: {
    fr: /^Réunion modifiée : .*, désormais le jeudi 18 mars 2027$/,
    en: /^Meeting changed: .*, now on Thursday 18 March 2027$/,
    link: meetingPage,
    says: ['et non plus le jeudi 11 mars 2027 à 14h00', 'no longer on Thursday 11 March 2027 at 2:00 pm'],
  },
  meeting_cancelled: {
    fr: /^Réunion annulée : /,
    en: /^Meeting cancelled: /,
    link: meetingPage,
    says: ["n'aura pas lieu", 'will not take place'],
  },
  agenda_republished: {
    fr: /^Ordre du jour modifié : .*\(version 2\)$/,
    en: /^Agenda updated: .*\(version 2\)$/,
    link: `${meetingPage}#agenda`,
    says: ['Points ajoutés', 'Items added'],
  },
  meeting_reminder: {
    fr: /^Rappel : Réunion du 1er trimestre 2027, jeudi 11 mars 2027$/,
    en: /^Reminder: Réunion du 1er trimestre 2027, Thursday 11 March 2027$/,
    link: meetingPage,
    says: ['dans deux jours', 'in two days'],
  },
  proxy_given: {
    fr: /^Paul Bernard vous donne procuration : /,
    en: /^Paul Bernard gives you their proxy: /,
    link: meetingPage,
    says: ['vous voterez aussi en son nom', 'you will also vote on their behalf'],
  },
  proxy_withdrawn: {
    fr: /^Paul Bernard a retiré sa procuration : /,
    en: /^Paul Bernard has withdrawn their proxy: /,
    link: meetingPage,
    says: ['Vous ne voterez plus en son nom', 'You will no longer vote on their behalf'],
  },
  minutes_awaiting_review: {
    fr: /^Compte rendu à relire : /,
    en: /^Minutes to review: /,
    link: `${meetingPage}#minutes`,
    says: ['La version 1 du compte rendu', 'Version 1 of the minutes'],
  },
  minutes_published: {
    fr: /^Compte rendu publié : /,
    en: /^Minutes published: /,
    link: `${meetingPage}#minutes`,
    says: ['approuvé le 10 juin 2027', 'approved on 10 June 2027'],
  },
  recommendation_answered: {
    fr: /^Réponse de la direction générale : Former les chercheurs au partenariat \(Acceptée en partie\)$/,
    en: /^Answer from the general directorate: Former les chercheurs au partenariat \(Partially accepted\)$/,
    link: `${PUBLIC_URL}/app/recommendations/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d`,
    says: ['Une formation pilote ouvrira en 2028.', '31 January 2028'],
  },
  mandates_ending: {
    fr: /^2 mandats se terminent d'ici 90 jours : GRAM$/,
    en: /^2 mandates end within 90 days: GRAM$/,
    link: `${PUBLIC_URL}/app/bodies?body=1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f`,
    says: ['Fin le 30 avril 2027 · non renouvelable', 'Ends on 30 April 2027 · not renewable'],
  },
};

/** The links of an HTML message, as a browser reads them (character references decoded). */
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'));

const cases = oneOfEachKind().flatMap((notification) =>
  (['fr', 'en'] as const).map((language) => [notification.kind, language, notification] as const),
);

describe('composeMessage', () => {
  it('covers every kind of notification', () => {
    expect(new Set(oneOfEachKind().map((n) => n.kind))).toEqual(new Set(Object.keys(EXPECTED)));
  });

  it.each(cases)(
    'writes a %s in %s: subject, text and HTML with the link to the page concerned',
    (kind, language, notification) => {
      const recipient = language === 'fr' ? MARIE : JOHN;
      const expected = EXPECTED[kind];
      const message = composeMessage(notification, recipient, options);
      const says = language === 'fr' ? expected.says[0] : expected.says[1];

      expect(message.language).toBe(language);
      expect(message.subject).toMatch(expected[language]);
      expect(message.text).toContain(says);
      expect(message.text).toContain(expected.link);
      expect(message.html).toContain(`<html lang="${language}"`);
      expect(message.html).toContain(`<title>`);
      expect(hrefs(message.html)).toContain(expected.link);
      expect(message.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(message.text).toContain(language === 'fr' ? 'Bonjour' : 'Hello');
    },
  );

  it('writes French when the recipient chose no language', () => {
    const { language: _, ...noPreference } = JOHN;
    const message = composeMessage(aConvocation(), noPreference as Recipient, options);
    expect(message.language).toBe('fr');
    expect(message.subject).toMatch(/^Convocation : /);
  });

  it('gives the urgent reason first thing in an urgent convocation', () => {
    const message = composeMessage(
      aConvocation({ urgentReason: 'Avis demandé par la DG sous huit jours' }),
      MARIE,
      options,
    );
    expect(message.subject).toMatch(/^Convocation urgente : /);
    expect(message.text).toContain('convoquée en urgence. Motif : Avis demandé par la DG sous huit jours');
  });

  it('lists the agenda in order with each item’s documents linked', () => {
    const message = composeMessage(aConvocation(), JOHN, options);
    expect(message.html).toMatch(
      /<ol[^>]*>\s*<li[^>]*>Approbation du compte rendu[\s\S]*<li[^>]*>Place des associations/,
    );
    expect(message.html).toContain(`href="${meetingPage}#document-5d2f9a1c-7b3e-4e58-8c1d-2a9f6e4b3c70"`);
    expect(message.text).toMatch(/1\. Approbation du compte rendu[\s\S]*2\. Place des associations/);
  });

  it('writes the time in the body’s time zone, summer time included', () => {
    const summer = composeMessage(
      aConvocation({ meeting: aGramMeeting({ startsAt: '2027-06-17T08:30:00.000Z', durationMinutes: 90 }) }),
      MARIE,
      options,
    );
    expect(summer.text).toContain('jeudi 17 juin 2027, de 10h30 à 12h00 (heure de Paris)');
  });

  it('offers to opt out of reminders but not of convocations', () => {
    const [convocation] = oneOfEachKind();
    const reminder = oneOfEachKind().find((n) => n.kind === 'meeting_reminder') as Notification;
    expect(composeMessage(reminder, MARIE, options).html).toContain(`href="${PUBLIC_URL}/app/account"`);
    expect(composeMessage(convocation, MARIE, options).html).not.toContain(`${PUBLIC_URL}/app/account`);
  });

  describe('hostile input', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const hostileCases = oneOfEachKind().map((n) => [n.kind, withHostileNames(n, hostile)] as const);

    it.each(hostileCases)('escapes hostile names and titles in the HTML of a %s', (_kind, notification) => {
      const html = composeMessage(notification, { ...MARIE, name: hostile }, options).html;
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;',
      );
    });

    it('never makes a link of a javascript: video address', () => {
      const notification = aConvocation({ meeting: aGramMeeting({ videoUrl: 'javascript:alert(1)' }) });
      const html = composeMessage(notification, MARIE, options).html;
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).toContain('javascript:alert(1)');
    });

    it('keeps a title with line breaks from folding the subject header', () => {
      const notification = aConvocation({ meeting: aGramMeeting({ title: 'GRAM\r\nBcc: everyone@example.org' }) });
      expect(composeMessage(notification, MARIE, options).subject).toBe(
        'Convocation : GRAM Bcc: everyone@example.org, jeudi 11 mars 2027',
      );
    });
  });
});

/** The notification with every person's name and every title replaced by `text`. */
function withHostileNames(notification: Notification, text: string): Notification {
  const meeting =
    'meeting' in notification ? { meeting: { ...notification.meeting, title: text, bodyName: text } } : {};
  switch (notification.kind) {
    case 'proxy_given':
    case 'proxy_withdrawn':
      return { ...notification, ...meeting, giver: text };
    case 'recommendation_answered':
      return { ...notification, bodyName: text, recommendation: { ...notification.recommendation, title: text } };
    case 'mandates_ending':
      return {
        ...notification,
        bodyName: text,
        mandates: notification.mandates.map((m) => ({ ...m, personName: text })),
      };
    default:
      return { ...notification, ...meeting } as Notification;
  }
}
