import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MinutesDocument, MinutesPoll } from './minutes-document';
import { renderMinutesPdf } from './render-minutes';
import { longMinutesDocument, sampleMinutesDocument } from './sample-meeting';

/** Poppler's tools on the real PDF: what a reader, a screen reader or an archivist would get out of it. */
const dir = mkdtempSync(join(tmpdir(), 'quorum-minutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdftohtml', pdf: Buffer, ...args: string[]): string {
  const file = join(dir, `${++files}.pdf`);
  writeFileSync(file, pdf);
  const out = tool === 'pdftotext' || tool === 'pdftohtml' ? [file, '-'] : [file];
  return execFileSync(tool, [...args, ...out], { encoding: 'utf8' });
}
/**
 * pdftotext's text in content order (the order a screen reader follows), line breaks and runs of
 * spaces folded so phrases can be searched whole. pdftotext prints U+202F as a plain space.
 */
const textOf = (pdf: Buffer) => poppler('pdftotext', pdf, '-raw').replace(/[ \n]+/g, ' ');

const NNBSP = '\u202f';

describe('renderMinutesPdf', () => {
  let sample: { pdf: Buffer; pages: number; sha256: string };
  let text: string;
  beforeAll(async () => {
    sample = await renderMinutesPdf(sampleMinutesDocument());
    text = textOf(sample.pdf);
  });

  it('prints every member by college with their accents, remote attendance, proxies, absences and guests', () => {
    for (const name of ['Françoise Lefèvre', 'Léa Cœurdevey', 'Yves Ducœur', 'Maëlle Quéré', 'Solène Brûlé']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Hélène Caumartin (à distance) Vaincre la Mucoviscidose');
    expect(text).toContain('Françoise Lefèvre (présidence) AFM-Téléthon');
    expect(text).toContain('Noël Ménétrier Association François Aupetit pouvoir donné à Jérôme Bénard');
    expect(text).toContain('Anaïs Froissart Pôle recherche clinique sans pouvoir');
    expect(text).toContain('Clémence Jourdain-Sérès ANRS Maladies infectieuses émergentes');
    const order = ['Membres présents', 'Membres excusés', 'Membres absents', 'Invités'].map((h) => text.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prints the quorum by college, what it required and that it is met', () => {
    expect(text).toMatch(/Représentants des associations de malades 10 7 2/);
    expect(text).toMatch(/Total 20 15 3/);
    expect(text).toContain('Quorum requis : 10');
    expect(text).toContain('Le quorum est atteint : le groupe peut valablement délibérer.');
  });

  it("prints every poll's counts and outcome", () => {
    const polls = sampleMinutesDocument().items.flatMap((item) => item.polls);
    expect(polls.map((p) => p.method)).toEqual(['show_of_hands', 'roll_call', 'secret']);
    for (const { result: r } of polls) {
      expect(text).toContain(`${r.yes} ${r.no} ${r.abstain} ${r.cast} ${r.eligible}`);
    }
    // How each majority counted: votes expressed for a simple majority, the members sitting for an absolute one.
    expect(text).toContain(
      'Suffrages exprimés (pour et contre, abstentions non comptées) : 17 ; 9 voix pour requises. ADOPTÉ',
    );
    expect(text).toContain(
      'Membres en exercice : 20 ; 11 voix pour requises (une abstention pèse comme un vote contre). ADOPTÉ',
    );
    expect(text).toContain('Vote par appel nominal — majorité des suffrages exprimés');
    expect(text).toContain('Scrutin secret : seuls les totaux sont consignés.');
  });

  it('names each roll-call voter and the member a proxy holder voted for', () => {
    expect(text).toContain('Jérôme Bénard (par procuration de Noël Ménétrier) Pour');
    expect(text).toContain('Gaëlle Poirée (par procuration d’Amélie Béranger) Contre');
    expect(text).toContain('Benoît Chrétien Contre');
    expect(text).toContain('Thérèse Marchand Abstention');
  });

  it('prints no name for a secret poll, even when the data wrongly carries ballots', async () => {
    const doc = sampleMinutesDocument();
    const secret = doc.items[3].polls[0];
    const leaky = { ...secret, ballots: [{ fullName: 'Zéphyrin Indiscret', choice: 'no', onBehalfOf: null }] };
    doc.items[3] = { ...doc.items[3], polls: [leaky as MinutesPoll] };
    const leakyText = textOf((await renderMinutesPdf(doc)).pdf);
    expect(leakyText).toContain('11 2 4 17 17');
    expect(leakyText).not.toContain('Zéphyrin');
  });

  it('leaves private passages, dissents and actions out of the public copy, and flags them in the full one', async () => {
    const privateText = 'une hospitalisation récente';
    const doc = sampleMinutesDocument();
    doc.items[2].dissents.push({
      fullName: 'Ismaël Haddad',
      text: 'Mon diabète me rend la question intime.',
      private: true,
    });
    const full = textOf((await renderMinutesPdf(doc)).pdf);
    const published = textOf((await renderMinutesPdf(doc, { publicCopy: true })).pdf);

    expect(full).toContain(privateText);
    expect(full).toContain('Passage confidentiel, omis de la copie publique');
    expect(full).toContain('Mon diabète');
    expect(full).toContain('Organiser une relecture partagée');
    for (const hidden of [privateText, 'Passage confidentiel', 'Mon diabète', 'Organiser une relecture partagée']) {
      expect(published).not.toContain(hidden);
    }
    expect(published).toContain('COPIE PUBLIQUE');
    expect(published).toContain('Unafam vote contre');
  });

  it('embeds every font it uses, the per-glyph fallback among them', () => {
    const rows = poppler('pdffonts', sample.pdf).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/ yes yes yes /);
    expect(rows.some((row) => row.includes('AtkinsonHyperlegibleNext-Regular'))).toBe(true);
    expect(rows.some((row) => row.includes('DejaVuSans'))).toBe(true);
  });

  it('draws the narrow no-break space of French punctuation with the fallback font, never a blank box', () => {
    // pdftohtml groups text by font: the primary font has no U+202F, so every U+202F must come out of
    // a DejaVu Sans run, and no Atkinson run may hold one (it would have drawn .notdef, a blank box).
    const xml = poppler('pdftohtml', sample.pdf, '-xml', '-i', '-stdout');
    const family = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/g)].map(([, id, f]) => [id, f]));
    const texts = [...xml.matchAll(/<text [^>]*font="(\d+)">(.*?)<\/text>/g)].map(([, id, content]) => ({
      font: family.get(id) ?? '',
      content,
    }));
    const fallback = texts.filter((x) => x.font.includes('DejaVuSans'));
    expect(fallback.length).toBeGreaterThan(10);
    expect(fallback.every((x) => x.content.replace(/<\/?b>|<\/?i>/g, '').includes(NNBSP))).toBe(true);
    expect(texts.filter((x) => x.font.includes('Atkinson') && x.content.includes(NNBSP))).toEqual([]);
    expect(text).toContain('Approuvez-vous le procès-verbal de la réunion du 10 décembre 2026 ?');
  });

  it('is a tagged PDF with its title, language and the page count it reports', () => {
    const info = poppler('pdfinfo', sample.pdf);
    expect(info).toMatch(/^Tagged: +yes$/m);
    expect(info).toMatch(/^Title: +Procès-verbal — GRAM — Réunion du premier trimestre 2027$/m);
    expect(info).toMatch(new RegExp(`^Pages: +${sample.pages}$`, 'm'));
    expect(sample.pdf.toString('latin1')).toContain('/Lang (fr-FR)');
  });

  it('gives screen readers a structure tree in reading order, headers and footers left out', () => {
    const tree = poppler('pdfinfo', sample.pdf, '-struct-text');
    const headings = [...tree.matchAll(/^\s+H([123]) \(block\)\n\s+"(.*)"$/gm)].map(
      ([, level, title]) => `${level} ${title}`,
    );
    expect(headings.slice(0, 4)).toEqual([
      '1 Procès-verbal',
      '2 Participants',
      '3 Membres présents',
      '3 Membres excusés',
    ]);
    expect(headings).toContain('2 3. Avis du GRAM sur la charte de participation des patients à la recherche');
    expect(headings[headings.length - 1]).toBe('2 Approbation');
    expect(tree).not.toContain('Page 1 sur');
    const outline = poppler('pdftohtml', sample.pdf, '-xml', '-i', '-stdout');
    const bookmarks = [...outline.matchAll(/<item page="\d+">(.*?)<\/item>/g)].map(([, title]) => title);
    expect(bookmarks).toEqual(headings.filter((h) => h.startsWith('2 ')).map((h) => h.slice(2)));
  });

  it("puts page x of y, the version and the draft data's SHA-256 in every footer", () => {
    const pages = poppler('pdftotext', sample.pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages).toHaveLength(sample.pages);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} sur ${sample.pages}`);
      expect(page).toContain('Version 2');
      expect(page).toContain(sampleMinutesDocument().draftSha256);
    });
  });

  it('renders a 40-item meeting twice to the same bytes, and returns their SHA-256', async () => {
    const doc = longMinutesDocument(40);
    const first = await renderMinutesPdf(doc);
    const second = await renderMinutesPdf(structuredClone(doc) as MinutesDocument);
    expect(first.pages).toBeGreaterThan(20);
    expect(second.pdf.equals(first.pdf)).toBe(true);
    expect(first.sha256).toBe(createHash('sha256').update(first.pdf).digest('hex'));
    expect(poppler('pdfinfo', first.pdf)).toMatch(new RegExp(`^Pages: +${first.pages}$`, 'm'));
  });

  it('renders in English with English labels and typography', async () => {
    const english = await renderMinutesPdf(sampleMinutesDocument({ language: 'en' }));
    const en = textOf(english.pdf);
    expect(en).toContain('Members present');
    expect(en).toContain('Thursday 11 March 2027');
    expect(en).toContain('Jérôme Bénard (by proxy for Noël Ménétrier) Yes');
    expect(en).toContain('Secret ballot: only the totals are recorded.');
    expect(en).toContain('SHA-256 of the data: 3f1c9a7b');
    expect(en).toContain('Decision · Presenter: Étienne Moreau-Gérard');
    expect(en).toContain(`Page 1 of ${english.pages}`);
    expect(poppler('pdfinfo', english.pdf)).toMatch(/^Title: +Minutes — GRAM — /m);
    expect(english.pdf.toString('latin1')).toContain('/Lang (en-GB)');
  });

  it('prints the approval and the chair who signed it off', async () => {
    const approved: MinutesDocument = sampleMinutesDocument({
      approval: {
        status: 'approved',
        meetingTitle: 'Réunion du deuxième trimestre 2027',
        approvedOn: '2027-06-10',
        chair: 'Françoise Lefèvre',
        signedAt: '2027-06-10T15:12:00.000Z',
      },
    });
    const approvedText = textOf((await renderMinutesPdf(approved)).pdf);
    expect(approvedText).toContain(
      'Procès-verbal approuvé lors de la réunion « Réunion du deuxième trimestre 2027 » du 10 juin 2027.',
    );
    expect(approvedText).toContain('Signé le 10 juin 2027 par Françoise Lefèvre, au titre de la présidence.');
    expect(approvedText).not.toContain('PROJET');
    expect(text).toContain('Projet de procès-verbal, non encore approuvé.');
  });

  it('renders a meeting with no items, guests, passages or actions, saying so rather than leaving gaps', async () => {
    const bare = sampleMinutesDocument({ items: [], opening: [], otherBusiness: [], actions: [] });
    bare.attendance = { members: bare.attendance.members.filter((m) => m.status !== 'absent'), guests: [] };
    const result = await renderMinutesPdf(bare);
    const bareText = textOf(result.pdf);
    expect(bareText).toContain('Membres absents Aucun.');
    expect(bareText).toContain('Invités Aucun.');
    expect(bareText).not.toContain('Relevé des actions');
    expect(poppler('pdfinfo', result.pdf)).toMatch(/^Tagged: +yes$/m);
  });

  it('flows a summary longer than a page onto the next one as a single paragraph', async () => {
    const long = sampleMinutesDocument();
    const sentence = 'Les membres débattent longuement des modalités de défraiement des patients partenaires. ';
    long.items[1] = { ...long.items[1], summary: [{ text: `${sentence.repeat(70)}Fin du débat.` }] };
    const result = await renderMinutesPdf(long);
    expect(result.pages).toBeGreaterThan(5);
    // pdfinfo prints a structure element's content one page at a time: the paragraph's pieces follow
    // its single `P` line, with no other element between them.
    const lines = poppler('pdfinfo', result.pdf, '-struct-text').split('\n');
    const first = lines.findIndex((line) => line.includes('Les membres débattent longuement'));
    expect(lines[first - 1].trim()).toBe('P (block)');
    const pieces = lines
      .slice(first)
      .filter((line, n, all) => all.slice(0, n + 1).every((l) => l.trim().startsWith('"')));
    expect(pieces.length).toBeGreaterThan(1);
    const paragraph = pieces
      .map((line) => line.trim().replace(/^"|"$/g, ''))
      .join(' ')
      .replace(/ +/g, ' ');
    expect(paragraph).toContain('Fin du débat.');
    expect(paragraph.split('Les membres débattent longuement').length - 1).toBe(70);
  });

  it('says a reconvened meeting deliberates without quorum, and a poll without quorum was not decided', async () => {
    const doc = sampleMinutesDocument();
    doc.meeting = { ...doc.meeting, reconvened: true };
    doc.quorum = { ...doc.quorum, present: 6, represented: 1, met: false };
    doc.items[0].polls = [
      {
        ...doc.items[0].polls[0],
        result: {
          yes: 0,
          no: 0,
          abstain: 0,
          cast: 0,
          eligible: 7,
          outcome: 'no_quorum',
          counted: { base: 'expressed', of: 0, needed: 1 },
        },
      },
    ];
    const reconvened = textOf((await renderMinutesPdf(doc)).pdf);
    expect(reconvened).toContain('faute de quorum lors de la précédente : elle délibère sans condition de quorum.');
    expect(reconvened).toContain('Réunion tenue sans condition de quorum.');
    expect(reconvened).toContain('0 0 0 0 7');
    expect(reconvened).toContain('NON DÉLIBÉRÉ, FAUTE DE QUORUM');
  });
});
