import { COLORS, heading, paragraph, spans, STYLES, table, withBar } from './blocks';
import type { MinutesItem, MinutesPoll } from './minutes-document';
import { type Context, passage, visible } from './sections';

type Struct = PDFKit.PDFStructureElement;

function poll(ctx: Context, parent: Struct, p: MinutesPoll): void {
  const { w, labels, t } = ctx;
  const r = p.result;
  const n = (value: number) => new Intl.NumberFormat(labels.locale).format(value);
  w.keep(110);
  paragraph(w, parent, spans(t(p.question), 'semibold'), STYLES.body, 1);
  paragraph(w, parent, spans(t(`${labels.method[p.method]} — ${labels.majority[p.majority]}`)), STYLES.small, 4);
  table(
    w,
    parent,
    [
      { header: labels.choice.yes, share: 1, align: 'right' },
      { header: labels.choice.no, share: 1, align: 'right' },
      { header: t(labels.choice.abstain), share: 1, align: 'right' },
      { header: t(labels.cast), share: 1, align: 'right' },
      { header: t(labels.eligible), share: 1, align: 'right' },
    ],
    [[r.yes, r.no, r.abstain, r.cast, r.eligible].map((v) => spans(n(v)))],
    STYLES.figure,
  );
  const { base, of, needed } = r.counted;
  paragraph(w, parent, spans(t(labels.counted({ base, of: n(of), needed: n(needed) }, needed === 1))), STYLES.small, 4);
  const color = r.outcome === 'adopted' ? COLORS.adopted : COLORS.rejected;
  withBar(w, color, (box) => {
    paragraph(w, parent, spans(t(labels.outcome[r.outcome]).toUpperCase(), 'bold', color), STYLES.body, 2, box);
    if (r.castingVote) paragraph(w, parent, spans(t(labels.castingVote), 'italic'), STYLES.body, 2, box);
    if (p.method === 'secret') paragraph(w, parent, spans(t(labels.secretNote), 'italic'), STYLES.small, 2, box);
  });
  w.y += 4;
  // Names are printed for a roll call only; a secret poll's type carries none to print.
  if (p.method === 'roll_call' && p.ballots.length > 0) {
    w.keep(60);
    paragraph(w, parent, spans(t(labels.rollCall), 'semibold', COLORS.blue), STYLES.label, 2);
    table(
      w,
      parent,
      [
        { header: t(labels.member), share: 72 },
        { header: t(labels.vote), share: 28 },
      ],
      p.ballots.map((b) => [
        [
          { text: t(b.fullName) },
          ...(b.onBehalfOf ? [{ text: ` (${t(labels.byProxyFor(b.onBehalfOf))})`, color: COLORS.muted }] : []),
        ],
        spans(labels.choice[b.choice], 'semibold'),
      ]),
      STYLES.cell,
    );
  }
}

/** One agenda item: its heading, what kind it is and who presented it, the debate, votes, decisions, dissents. */
export function itemSection(ctx: Context, root: Struct, item: MinutesItem, index: number): void {
  const { w, labels, t } = ctx;
  w.group(root, 'Sect', (sect) => {
    heading(w, sect, 'H2', `${index + 1}. ${t(item.title)}`);
    const meta = [t(labels.kind[item.kind])];
    if (item.presenter) meta.push(t(`${labels.presenter}: ${item.presenter}`));
    paragraph(w, sect, spans(meta.join(' · ')), STYLES.small, 6);
    for (const p of visible(ctx, item.summary)) passage(ctx, sect, p);
    for (const r of item.recusals) {
      paragraph(w, sect, spans(t(labels.recusal(r.fullName, r.reason)), 'italic'), STYLES.body);
    }
    for (const p of item.polls) poll(ctx, sect, p);
    const decisions = visible(ctx, item.decisions);
    if (decisions.length > 0) {
      w.keep(4 * w.lineHeight(STYLES.body));
      paragraph(w, sect, spans(t(labels.decision), 'semibold', COLORS.blue), STYLES.label, 2);
      withBar(w, COLORS.blue, (box) => decisions.forEach((p) => passage(ctx, sect, p, box)));
    }
    for (const d of visible(ctx, item.dissents)) {
      w.keep(3 * w.lineHeight(STYLES.body));
      if (d.private && !ctx.publicCopy) {
        paragraph(w, sect, spans(t(labels.privatePassage), 'italic', COLORS.warning), STYLES.small, 1);
      }
      paragraph(w, sect, spans(t(labels.dissentOf(d.fullName)), 'semibold', COLORS.muted), STYLES.label, 1);
      paragraph(w, sect, spans(t(labels.quote(d.text)), 'italic'), STYLES.body);
    }
  });
}
