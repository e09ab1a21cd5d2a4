import { COLORS, heading, list, paragraph, roster, spans, STYLES, table, withBar } from './blocks';
import { formatDay, formatLongDate, formatTime } from './dates';
import type { MinutesLabels } from './labels';
import type { MinutesDocument, MinutesMember, Passage } from './minutes-document';
import { NBSP } from './typography';
import type { Span, Writer } from './writer';

type Struct = PDFKit.PDFStructureElement;

/** What every section needs: the writer, the labels, the document and how to set its text. */
export interface Context {
  w: Writer;
  labels: MinutesLabels;
  doc: MinutesDocument;
  publicCopy: boolean;
  /** Applies the language's typography to text from the record. */
  t: (text: string) => string;
}

/** The passages this copy shows: all of them, or only the public ones. */
export function visible<T extends { private?: boolean }>(ctx: Context, passages: T[]): T[] {
  return ctx.publicCopy ? passages.filter((p) => !p.private) : passages;
}

/** A passage; in the full copy a private one is flagged, so the secretariat sees what the public will not. */
export function passage(ctx: Context, parent: Struct, p: Passage, box?: { x: number; width: number }): void {
  if (!p.private || ctx.publicCopy) {
    paragraph(ctx.w, parent, spans(ctx.t(p.text)), STYLES.body, 5, box);
    return;
  }
  const draw = (inner: { x: number; width: number }) => {
    paragraph(ctx.w, parent, spans(ctx.t(ctx.labels.privatePassage), 'italic', COLORS.warning), STYLES.small, 1, inner);
    paragraph(ctx.w, parent, spans(ctx.t(p.text)), STYLES.body, 5, inner);
  };
  // Inside a box that already has its bar (a decision), the label alone marks the passage.
  if (box) draw(box);
  else withBar(ctx.w, COLORS.warning, draw);
}

export function titleBlock(ctx: Context, root: Struct): void {
  const { w, labels, doc, t } = ctx;
  const m = doc.meeting;
  paragraph(w, root, spans(t(doc.body.name).toUpperCase(), 'semibold', COLORS.blue), STYLES.label, 2);
  const ruleY = w.y + 2;
  w.artifact(() => w.doc.rect(w.left, ruleY, w.width, 2).fill(COLORS.blue));
  w.y += 18;
  if (doc.approval.status === 'draft' || ctx.publicCopy) {
    const tag = ctx.publicCopy ? labels.publicCopy : labels.draft;
    paragraph(w, root, spans(t(tag).toUpperCase(), 'semibold', COLORS.warning), STYLES.label, 4);
  }
  w.leaf(root, 'H1', () => w.text([{ text: labels.minutes }], STYLES.title));
  w.y += 2;
  paragraph(w, root, spans(t(m.title)), STYLES.subtitle, 12);

  const rows: [string, string][] = [
    [labels.date, formatLongDate(m.startsAt, m.timeZone, labels)],
    [labels.time, formatTime(m.startsAt, m.timeZone, labels)],
    [labels.duration, labels.minutesDuration(m.durationMinutes)],
  ];
  if (m.location) rows.push([labels.place, t(m.location)]);
  if (m.videoUrl) rows.push([labels.videoLink, m.videoUrl]);
  const labelWidth = 110;
  for (const [label, value] of rows) {
    // One paragraph per line, so a screen reader says "Date, jeudi 11 mars 2027" in one breath.
    const top = w.y;
    w.leaf(root, 'P', () => {
      w.text(spans(t(label), 'semibold', COLORS.muted), STYLES.body, { x: w.left, width: labelWidth });
      const afterLabel = w.y;
      w.y = top;
      w.text(spans(value), STYLES.body, { x: w.left + labelWidth, width: w.width - labelWidth });
      w.y = Math.max(w.y, afterLabel);
    });
    w.y += 1;
  }
  if (m.reconvened) {
    w.y += 6;
    paragraph(w, root, spans(t(labels.reconvened), 'italic'), STYLES.body);
  }
}

/** A member as the roll prints them: name (role, remote) in the first column, organisation and proxy in the second. */
function memberRow(ctx: Context, m: MinutesMember): [Span[], Span[]] {
  const { labels, t } = ctx;
  const notes = [m.role !== 'member' ? labels.role[m.role] : '', m.status === 'remote' ? labels.remote : '']
    .filter(Boolean)
    .map((note) => note.replace(/ /g, NBSP));
  const lead: Span[] = [{ text: t(m.fullName), face: 'semibold' }];
  if (notes.length > 0) lead.push({ text: ` (${notes.join(', ')})`, face: 'italic', color: COLORS.blue });
  const rest: Span[] = [{ text: m.organisation ? t(m.organisation) : '—', color: COLORS.muted }];
  if (m.status === 'excused') {
    rest.push({ text: `\n${m.proxyHolder ? t(labels.proxyTo(m.proxyHolder)) : labels.noProxy}`, face: 'italic' });
  }
  return [lead, rest];
}

/** Present (remote marked) by college in the body's order, then excused with their proxy, absent, guests. */
export function attendanceSection(ctx: Context, root: Struct): void {
  const { w, labels, doc, t } = ctx;
  w.group(root, 'Sect', (sect) => {
    heading(w, sect, 'H2', t(labels.attendance));
    const groups: [string, MinutesMember['status'][]][] = [
      [labels.present, ['present', 'remote']],
      [labels.excused, ['excused']],
      [labels.absent, ['absent']],
    ];
    for (const [title, statuses] of groups) {
      const members = doc.attendance.members.filter((m) => statuses.includes(m.status));
      heading(w, sect, 'H3', t(title));
      if (members.length === 0) paragraph(w, sect, spans(t(labels.none), 'italic', COLORS.muted));
      for (const category of doc.body.categories) {
        const inCategory = members.filter((m) => m.category === category.code);
        if (inCategory.length === 0) continue;
        w.keep(3 * w.lineHeight(STYLES.body));
        paragraph(w, sect, spans(t(category.label), 'semibold', COLORS.blue), STYLES.label, 2);
        roster(
          w,
          sect,
          inCategory.map((m) => memberRow(ctx, m)),
        );
      }
    }
    heading(w, sect, 'H3', t(labels.guests));
    if (doc.attendance.guests.length === 0) paragraph(w, sect, spans(t(labels.none), 'italic', COLORS.muted));
    else
      roster(
        w,
        sect,
        doc.attendance.guests.map((g) => [
          [{ text: t(g.fullName), face: 'semibold' }],
          [{ text: g.organisation ? t(g.organisation) : '—', color: COLORS.muted }],
        ]),
      );
  });
}

export function quorumSection(ctx: Context, root: Struct): void {
  const { w, labels, doc, t } = ctx;
  const q = doc.quorum;
  const n = (value: number) => new Intl.NumberFormat(labels.locale).format(value);
  w.group(root, 'Sect', (sect) => {
    heading(w, sect, 'H2', t(labels.quorum));
    const rows = doc.body.categories
      .filter((c) => q.byCategory[c.code])
      .map((c) => {
        const k = q.byCategory[c.code];
        return [spans(t(c.label)), spans(n(k.sitting)), spans(n(k.present)), spans(n(k.represented))];
      });
    rows.push([
      spans('Total', 'semibold'),
      spans(n(q.sitting), 'semibold'),
      spans(n(q.present), 'semibold'),
      spans(n(q.represented), 'semibold'),
    ]);
    table(
      w,
      sect,
      [
        { header: t(labels.college), share: 46 },
        { header: t(labels.sitting), share: 18, align: 'right' },
        { header: t(labels.presentOrRemote), share: 18, align: 'right' },
        { header: t(labels.represented), share: 18, align: 'right' },
      ],
      rows,
    );
    paragraph(w, sect, spans(t(`${labels.required}: ${n(q.required)}`)), STYLES.body, 3);
    const verdict = doc.meeting.reconvened ? labels.quorumWaived : q.met ? labels.quorumMet : labels.quorumNotMet;
    const color = doc.meeting.reconvened || q.met ? COLORS.adopted : COLORS.rejected;
    withBar(w, color, (box) => paragraph(w, sect, spans(t(verdict), 'bold', color), STYLES.body, 6, box));
  });
}

export function passagesSection(ctx: Context, root: Struct, title: string, passages: Passage[]): void {
  const shown = visible(ctx, passages);
  if (shown.length === 0) return;
  ctx.w.group(root, 'Sect', (sect) => {
    heading(ctx.w, sect, 'H2', ctx.t(title));
    for (const p of shown) passage(ctx, sect, p);
  });
}

export function agendaSection(ctx: Context, root: Struct): void {
  const { w, labels, doc, t } = ctx;
  w.group(root, 'Sect', (sect) => {
    heading(w, sect, 'H2', t(labels.agenda));
    list(
      w,
      sect,
      doc.items.map((item, i) => [
        { text: `${i + 1}. `, face: 'semibold', color: COLORS.blue },
        { text: t(item.title) },
        { text: ` — ${t(labels.kind[item.kind])}`, color: COLORS.muted },
      ]),
      1,
      false,
    );
  });
}

export function actionsSection(ctx: Context, root: Struct): void {
  const { w, labels, t } = ctx;
  const actions = visible(ctx, ctx.doc.actions);
  if (actions.length === 0) return;
  w.group(root, 'Sect', (sect) => {
    heading(w, sect, 'H2', t(labels.actions));
    table(
      w,
      sect,
      [
        { header: t(labels.action), share: 56 },
        { header: t(labels.assignee), share: 26 },
        { header: t(labels.dueDate), share: 18 },
      ],
      actions.map((a) => [
        [
          { text: t(a.title) },
          ...(a.private && !ctx.publicCopy
            ? [{ text: ` (${labels.privateMark})`, face: 'italic' as const, color: COLORS.warning }]
            : []),
        ],
        spans(t(a.assignee)),
        spans(a.dueDate ? formatDay(a.dueDate, labels) : '—'),
      ]),
    );
  });
}

export function approvalSection(ctx: Context, root: Struct): void {
  const { w, labels, doc, t } = ctx;
  const a = doc.approval;
  w.group(root, 'Sect', (sect) => {
    heading(w, sect, 'H2', t(labels.approval));
    if (a.status === 'approved') {
      withBar(w, COLORS.adopted, (box) => {
        paragraph(
          w,
          sect,
          spans(t(labels.approvedAt(a.meetingTitle, formatDay(a.approvedOn, labels, doc.meeting.timeZone)))),
          STYLES.body,
          3,
          box,
        );
        paragraph(
          w,
          sect,
          spans(t(labels.signedBy(a.chair, formatDay(a.signedAt, labels, doc.meeting.timeZone))), 'semibold'),
          STYLES.body,
          6,
          box,
        );
      });
    } else {
      withBar(w, COLORS.warning, (box) =>
        paragraph(w, sect, spans(t(labels.notApproved), 'italic'), STYLES.body, 6, box),
      );
    }
  });
}
