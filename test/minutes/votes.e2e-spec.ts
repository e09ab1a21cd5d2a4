import { INestApplicationContext } from '@nestjs/common';
import { startTestApp, TestApp } from '../harness/test-app';
import { aVotingSession, Voter, VotingSession } from '../votes/voting-session';
import { poppler, sha256, startWorker, versionReaching } from './minutes-stack';

// Members' logins are created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

const NAMES = ['Hélène Lefèvre-Dupré', 'François Nœlle', 'Zoé Çelik', 'Jérôme Bénard', 'Maëlle Œuvray', 'Agnès Müller'];
const SECRET_QUESTION = 'Désignez-vous Zoé Çelik au comité d’éthique ?';
const ROLL_CALL_QUESTION = 'Adoptez-vous la charte des patients partenaires ?';

describe('minutes: the votes of the record in the rendered PDF', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let s: VotingSession;
  let m: Voter[];
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorker(t);
    // Four present; Maëlle Œuvray excused, her proxy held by François Nœlle; Agnès Müller present, recused.
    s = await aVotingSession(t, { size: 6, present: 4, open: false, names: NAMES });
    m = s.members;
    await s.record(m[4], 'excused', m[1]);
    await s.record(m[5], 'present');
    expect((await t.admin.post(`/meetings/${s.meetingId}/open`, {})).status).toBe(200);
    const recusal = await s.secretariat.post(`/agenda-items/${s.itemId}/recusals`, {
      membershipId: m[5].membershipId,
      reason: 'administratrice de l’association concernée',
    });
    expect(recusal.status).toBe(201);

    const rollCall = await s.anOpenPoll({ method: 'roll_call', question: ROLL_CALL_QUESTION });
    const vote = (voter: Voter, choice: string, forMember?: Voter) =>
      voter.http.post(`/polls/${rollCall.id}/ballots`, {
        choice,
        ...(forMember ? { onBehalfOfMembershipId: forMember.membershipId } : {}),
      });
    for (const [voter, choice, forMember] of [
      [m[0], 'yes'],
      [m[1], 'yes'],
      [m[1], 'no', m[4]],
      [m[2], 'abstain'],
      [m[3], 'yes'],
    ] as [Voter, string, Voter?][]) {
      expect((await vote(voter, choice, forMember)).status).toBe(201);
    }
    expect((await s.secretariat.post(`/polls/${rollCall.id}/close`)).status).toBe(200);

    const secret = await s.anOpenPoll({ method: 'secret', majority: 'absolute', question: SECRET_QUESTION });
    for (const [voter, choice] of [
      [m[0], 'no'],
      [m[1], 'yes'],
      [m[2], 'yes'],
      [m[3], 'abstain'],
    ] as [Voter, string][]) {
      expect((await voter.http.post(`/polls/${secret.id}/ballots`, { choice })).status).toBe(201);
    }
    expect((await s.secretariat.post(`/polls/${secret.id}/close`)).status).toBe(200);
    expect((await t.admin.post(`/meetings/${s.meetingId}/close`, {})).status).toBe(200);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('renders a meeting with a roll call and a secret poll: 202, and the PDF downloaded has the SHA-256 stored', async () => {
    // Secret choices and secret participations are out of the worker's reach while it renders: a
    // query on either would fail the render.
    await t.sql('ALTER TABLE secret_choices RENAME TO secret_choices_out_of_reach');
    await t.sql('ALTER TABLE poll_participations RENAME TO poll_participations_out_of_reach');
    try {
      const accepted = await s.secretariat.post(`/meetings/${s.meetingId}/minutes/render`);
      expect(accepted.status).toBe(202);
      const rendered = await versionReaching(t, s.meetingId, 1, 'rendered');
      const download = await s.secretariat.bytes(`/meetings/${s.meetingId}/minutes/1/pdf`);
      expect(download.status).toBe(200);
      expect(sha256(download.bytes)).toBe(rendered.sha256);
      pdf = download.bytes;
      text = (await poppler('pdftotext', pdf)).replace(/\s+/g, ' ');
    } finally {
      await t.sql('ALTER TABLE secret_choices_out_of_reach RENAME TO secret_choices');
      await t.sql('ALTER TABLE poll_participations_out_of_reach RENAME TO poll_participations');
    }
  });

  it('prints the members’ names with their accents, the proxy and the quorum', () => {
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('Le quorum est atteint');
  });

  it('prints the recusal under the item', () => {
    expect(text).toContain(
      'Agnès Müller ne prend part ni au débat ni au vote (administratrice de l’association concernée).',
    );
  });

  it('prints the roll call’s counts, how the majority counted them, its outcome and every named ballot', () => {
    expect(text).toContain(ROLL_CALL_QUESTION);
    expect(text).toContain('Vote par appel nominal — majorité des suffrages exprimés');
    // yes, no, abstain, ballots cast, eligible (six sitting, one recused)
    expect(text).toContain('Pour Contre Abstention Bulletins Votants inscrits 3 1 1 5 5');
    expect(text).toContain('Suffrages exprimés (pour et contre, abstentions non comptées) : 4 ; 3 voix pour requises.');
    expect(text).toMatch(/3 voix pour requises\. ADOPTÉ/);
    expect(text).toContain('François Nœlle Pour');
    expect(text).toContain('François Nœlle (par procuration de Maëlle Œuvray) Contre');
    expect(text).toContain('Hélène Lefèvre-Dupré Pour');
    expect(text).toContain('Jérôme Bénard Pour');
    expect(text).toContain('Zoé Çelik Abstention');
  });

  it('prints the secret poll’s counts and outcome, and nobody’s choice', () => {
    const section = text.slice(text.lastIndexOf('Désignez-vous'));
    expect(section).toContain('Vote à bulletin secret — majorité absolue des membres en exercice');
    expect(section).toContain('2 1 1 4 5');
    // Absolute majority of the six sitting: four yes needed, two given.
    expect(section).toContain('Membres en exercice : 6 ; 4 voix pour requises');
    expect(section).toContain('REJETÉ');
    expect(section).toContain('Scrutin secret : seuls les totaux sont consignés.');
    // After the secret poll's question, no member is named: no list, no choice linked to anyone.
    for (const name of NAMES.filter((n) => n !== 'Zoé Çelik')) expect(section).not.toContain(name);
    expect(section.split('Zoé Çelik').length - 1).toBe(1); // the question's own mention only
  });

  it('embeds every font and is a tagged PDF', async () => {
    const fonts = (await poppler('pdffonts', pdf)).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => line.split(/\s+/).at(-5) === 'yes')).toBe(true);
    expect(await poppler('pdfinfo', pdf)).toMatch(/^Tagged: +yes$/m);
  });
});
