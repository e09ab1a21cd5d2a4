import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { type AgendaSnapshotItem, type AttendanceSheet, useAgendaVersions, useAttendance } from '../../api/meetings';
import {
  type DissentRequest,
  type MinutesDraft,
  useDissentRequests,
  useMinutesDraft,
  useMinutesVersions,
  useSaveMinutesDraft,
} from '../../api/minutes';
import { type Meeting, useBodyById, useMeetingById } from '../../api/staff';
import { type Poll, useMeetingPolls } from '../../api/votes';
import { Alert, Button } from '../../components/controls';
import { formatInstant } from '../../components/dates';
import { RadioField } from '../../components/radio-field';
import { formRefusal } from '../../components/refusal';
import { StaffQueryState } from '../../components/staff-query-state';
import { usePageTitle } from '../../components/page-title';
import { ActionsEditor, actionFields } from './actions-editor';
import { DissentsEditor } from './dissents-editor';
import { AttendanceRecord, ItemVotes } from './item-record';
import styles from './minutes.module.css';
import { PassagesEditor } from './passages-editor';
import { RenderPanel } from './render-panel';

type DraftItem = Required<Schemas['DraftItemDto']>;
/** The draft as the page edits it: every list present. */
type DraftInput = Omit<Required<Schemas['MinutesDraftDto']>, 'items'> & { items: DraftItem[] };

const HELD: Meeting['status'][] = ['in_progress', 'closed'];

/** The secretariat writes the minutes item by item, beside the record, then renders and approves them. */
export function Component() {
  const { t } = useTranslation('minutes');
  const { meetingId = '' } = useParams();
  const meeting = useMeetingById(meetingId);
  const body = useBodyById(meeting.data?.bodyId);
  const draft = useMinutesDraft(meetingId);
  const versions = useAgendaVersions(meetingId);
  const attendance = useAttendance(meetingId);
  usePageTitle(meeting.data ? t('drafting.title', { title: meeting.data.title }) : undefined);

  if (!meeting.data || !body.data || !draft.data || !versions.data || !attendance.data) {
    const error = meeting.error ?? body.error ?? draft.error ?? versions.error ?? attendance.error;
    return <StaffQueryState isPending error={error} />;
  }
  const m = meeting.data;
  const agenda = [...(versions.data.at(-1)?.items ?? [])].sort((a, b) => a.position - b.position);
  return (
    <>
      <p>
        <Link to={`/secretariat/meetings/${m.id}`}>{t('drafting.back')}</Link>
      </p>
      <h1>{t('drafting.title', { title: m.title })}</h1>
      <p>{formatInstant(m.startsAt, body.data.meetingSlot.timeZone)}</p>
      {!HELD.includes(m.status) ? (
        <p>{t('drafting.notHeld')}</p>
      ) : (
        <DraftEditor
          meeting={m}
          timeZone={body.data.meetingSlot.timeZone}
          saved={draft.data}
          agenda={agenda}
          attendance={attendance.data}
        />
      )}
    </>
  );
}

function draftInputOf(draft: MinutesDraft): DraftInput {
  return {
    language: draft.language,
    opening: draft.opening,
    items: draft.items.map((i) => ({
      agendaItemId: i.agendaItemId,
      summary: i.summary ?? [],
      decisions: i.decisions ?? [],
      dissents: i.dissents ?? [],
    })),
    otherBusiness: draft.otherBusiness,
    actions: draft.actions,
  };
}

/** The draft with an accepted dissent request recorded under its item, as the API records it. */
function withDissent(draft: DraftInput, request: DissentRequest): DraftInput {
  const dissent = { membershipId: request.membershipId, text: request.text, private: false };
  return draft.items.some((i) => i.agendaItemId === request.itemId)
    ? {
        ...draft,
        items: draft.items.map((i) =>
          i.agendaItemId === request.itemId ? { ...i, dissents: [...i.dissents, dissent] } : i,
        ),
      }
    : {
        ...draft,
        items: [...draft.items, { agendaItemId: request.itemId, summary: [], decisions: [], dissents: [dissent] }],
      };
}

/**
 * Empty paragraphs are the editor's, not the minutes'. An action is kept even when blank, so that the
 * API's refusal names it at the index the page shows it.
 */
function cleaned(draft: DraftInput): DraftInput {
  const keep = (passages: Schemas['PassageDto'][]) => passages.filter((p) => p.text.trim() !== '');
  return {
    ...draft,
    actions: draft.actions.map((a) => ({
      title: a.title.trim(),
      assignee: a.assignee.trim(),
      dueDate: a.dueDate || null,
      private: a.private ?? false,
    })),
    opening: keep(draft.opening),
    otherBusiness: keep(draft.otherBusiness),
    items: draft.items
      .map((i) => ({ ...i, summary: keep(i.summary), decisions: keep(i.decisions) }))
      .filter((i) => i.summary.length + i.decisions.length + i.dissents.length > 0),
  };
}

function DraftEditor({
  meeting,
  timeZone,
  saved,
  agenda,
  attendance,
}: {
  meeting: Meeting;
  timeZone: string;
  saved: MinutesDraft;
  agenda: AgendaSnapshotItem[];
  attendance: AttendanceSheet;
}) {
  const { t } = useTranslation(['minutes', 'secretariat']);
  const [draft, setDraft] = useState<DraftInput>(() => draftInputOf(saved));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(cleaned(draftInputOf(saved))));
  const save = useSaveMinutesDraft(meeting.id);
  const [sent, setSent] = useState<DraftInput | null>(null);
  const polls = useMeetingPolls(meeting.id);
  const requests = useDissentRequests(meeting.id);
  const versions = useMinutesVersions(meeting.id);
  // Once a version is approved the minutes are frozen: the page shows the draft without offering changes.
  const frozen = (versions.data ?? []).some((v) => v.status === 'approved');
  const unsaved = JSON.stringify(cleaned(draft)) !== savedJson;
  const nameOf = (membershipId: string) =>
    attendance.members.find((m) => m.membershipId === membershipId)?.fullName ?? '—';
  const itemOf = (agendaItemId: string): DraftItem =>
    draft.items.find((i) => i.agendaItemId === agendaItemId) ?? {
      agendaItemId,
      summary: [],
      decisions: [],
      dissents: [],
    };
  const setItem = (agendaItemId: string, change: Partial<DraftItem>) =>
    setDraft((d) =>
      d.items.some((i) => i.agendaItemId === agendaItemId)
        ? { ...d, items: d.items.map((i) => (i.agendaItemId === agendaItemId ? { ...i, ...change } : i)) }
        : { ...d, items: [...d.items, { ...itemOf(agendaItemId), ...change }] },
    );
  // The server recorded the dissent in the saved draft: the page records it in its copy and in what it knows was saved.
  const accepted = (request: DissentRequest) => {
    setDraft((d) => withDissent(d, request));
    setSavedJson((json) => JSON.stringify(cleaned(withDissent(JSON.parse(json) as DraftInput, request))));
  };
  const refusal = formRefusal(
    t,
    save.error,
    draft.actions.flatMap((_, i) => actionFields(i)),
  );

  return (
    <>
      <Form
        className={styles.draft}
        onSubmit={(event) => {
          event.preventDefault();
          const body = cleaned(draft);
          setSent(body);
          save.mutate(body, { onSuccess: () => setSavedJson(JSON.stringify(body)) });
        }}
      >
        {frozen && <p className={styles.explain}>{t('drafting.frozen')}</p>}
        <fieldset disabled={frozen} className={styles.bare}>
          <section aria-labelledby="record-heading" className={styles.recordPanel}>
            <h2 id="record-heading">{t('record.heading')}</h2>
            <AttendanceRecord attendance={attendance} />
          </section>
          <RadioField
            label={t('drafting.language')}
            options={(['fr', 'en'] as const).map((l) => ({ id: l, label: t(`drafting.languages.${l}`) }))}
            value={draft.language}
            onChange={(language) => setDraft((d) => ({ ...d, language: language as DraftInput['language'] }))}
          />
          <PassagesEditor
            section={t('drafting.opening')}
            passages={draft.opening}
            onChange={(opening) => setDraft((d) => ({ ...d, opening }))}
            disabled={frozen}
          />
          <h2>{t('drafting.itemsHeading')}</h2>
          {agenda.map((item, index) => (
            <ItemSection
              key={item.id}
              index={index}
              item={item}
              polls={(polls.data ?? []).filter((p: Poll) => p.agendaItemId === item.id)}
              written={itemOf(item.id)}
              requests={(requests.data ?? []).filter((r) => r.itemId === item.id)}
              meetingId={meeting.id}
              nameOf={nameOf}
              onChange={(change) => setItem(item.id, change)}
              onAccepted={accepted}
              frozen={frozen}
            />
          ))}
          <PassagesEditor
            section={t('drafting.otherBusiness')}
            passages={draft.otherBusiness}
            onChange={(otherBusiness) => setDraft((d) => ({ ...d, otherBusiness }))}
            disabled={frozen}
          />
          <ActionsEditor
            actions={draft.actions}
            onChange={(actions) => setDraft((d) => ({ ...d, actions }))}
            sent={sent?.actions ?? []}
            error={save.error}
            disabled={frozen}
          />
        </fieldset>
        <div className={styles.saveBar}>
          <Button type="submit" isDisabled={save.isPending || frozen}>
            {save.isPending ? t('drafting.saving') : t('drafting.save')}
          </Button>
          <p role="status" className={unsaved ? styles.unsaved : styles.saved}>
            {unsaved
              ? t('drafting.unsaved')
              : save.isSuccess
                ? t('drafting.saved')
                : saved.updatedAt
                  ? t('drafting.savedAt', { time: formatInstant(saved.updatedAt, timeZone) })
                  : t('drafting.neverSaved')}
          </p>
        </div>
        {refusal && <Alert>{refusal}</Alert>}
      </Form>
      <section aria-labelledby="render-heading" className={styles.renderSection}>
        <h2 id="render-heading">{t('render.heading')}</h2>
        <RenderPanel meeting={meeting} timeZone={timeZone} unsaved={unsaved} />
      </section>
    </>
  );
}

function ItemSection({
  index,
  item,
  polls,
  written,
  requests,
  meetingId,
  nameOf,
  onChange,
  onAccepted,
  frozen,
}: {
  index: number;
  item: AgendaSnapshotItem;
  polls: Poll[];
  written: DraftItem;
  requests: DissentRequest[];
  meetingId: string;
  nameOf: (membershipId: string) => string;
  onChange: (change: Partial<DraftItem>) => void;
  onAccepted: (request: DissentRequest) => void;
  frozen: boolean;
}) {
  const { t } = useTranslation('minutes');
  const headingId = `item-${item.id}`;
  return (
    <section aria-labelledby={headingId} className={styles.item}>
      <h3 id={headingId} className={styles.itemTitle}>
        {index + 1}. {item.title}
      </h3>
      <div className={styles.itemColumns}>
        <aside className={styles.itemRecord} aria-label={t('record.heading')}>
          <ItemVotes polls={polls} />
        </aside>
        <div className={styles.itemWriting}>
          <PassagesEditor
            section={t('passages.summary')}
            passages={written.summary}
            onChange={(summary) => onChange({ summary })}
            disabled={frozen}
          />
          <PassagesEditor
            section={t('passages.decisions')}
            passages={written.decisions}
            onChange={(decisions) => onChange({ decisions })}
            disabled={frozen}
          />
          <DissentsEditor
            meetingId={meetingId}
            dissents={written.dissents}
            requests={requests}
            nameOf={nameOf}
            onChange={(dissents) => onChange({ dissents })}
            onAccepted={onAccepted}
            disabled={frozen}
          />
        </div>
      </div>
    </section>
  );
}
