import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MinutesVersion,
  useApproveMinutes,
  useMinutesVersions,
  useRenderMinutes,
  useRenderProgress,
} from '../../api/minutes';
import type { Meeting } from '../../api/staff';
import { useBodyMeetings } from '../../api/staff';
import { Alert, Button, Notice } from '../../components/controls';
import { formatMeetingDate } from '../../components/format';
import { SelectInput } from '../../components/forms';
import { formRefusal } from '../../components/refusal';
import styles from './minutes.module.css';
import { VersionsTable } from './versions-table';

const SITTING: Meeting['status'][] = ['in_progress', 'closed'];

/**
 * Renders a new version, says live where the newest one stands (from the meeting's event stream,
 * in a polite live region), lists the versions with their PDFs, and approves a rendered one at a
 * later meeting of the body.
 */
export function RenderPanel({
  meeting,
  timeZone,
  unsaved,
}: {
  meeting: Meeting;
  timeZone: string;
  /** The draft has changes not saved yet: a render would not include them. */
  unsaved: boolean;
}) {
  const { t } = useTranslation(['minutes', 'secretariat']);
  const versions = useMinutesVersions(meeting.id);
  const render = useRenderMinutes(meeting.id);
  useRenderProgress(meeting.id);
  const list = versions.data ?? [];
  const newest = list.reduce<MinutesVersion | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);
  const approved = list.find((v) => v.status === 'approved');
  const refusal = formRefusal(t, render.error, []);

  return (
    <>
      <p>{t('render.help')}</p>
      <div className={styles.renderRow}>
        <Button
          onPress={() => render.mutate()}
          isDisabled={render.isPending || approved !== undefined || unsaved}
          aria-describedby={unsaved ? 'render-save-first' : undefined}
        >
          {t('render.button')}
        </Button>
        {unsaved && (
          <p id="render-save-first" className={styles.explain}>
            {t('render.saveFirst')}
          </p>
        )}
      </div>
      {refusal && <Alert>{refusal}</Alert>}
      <p role="status" aria-live="polite" className={styles.liveStatus}>
        {newest
          ? t(`render.status.${newest.status}`, {
              version: newest.version,
              count: newest.pages ?? 0,
              error: newest.error ?? '',
            })
          : t('render.status.none')}
      </p>
      <VersionsTable meetingId={meeting.id} versions={list} mode="preview" />
      <h3>{t('approval.heading')}</h3>
      <ApprovalForm meeting={meeting} timeZone={timeZone} versions={list} />
    </>
  );
}

function ApprovalForm({
  meeting,
  timeZone,
  versions,
}: {
  meeting: Meeting;
  timeZone: string;
  versions: MinutesVersion[];
}) {
  const { t } = useTranslation(['minutes', 'secretariat']);
  const year = Number(meeting.startsAt.slice(0, 4));
  const thisYear = useBodyMeetings(meeting.bodyId, year);
  const nextYear = useBodyMeetings(meeting.bodyId, year + 1);
  const approve = useApproveMinutes(meeting.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const later = [...(thisYear.data ?? []), ...(nextYear.data ?? [])].filter(
    (m) => m.startsAt > meeting.startsAt && SITTING.includes(m.status),
  );
  const approved = versions.find((v) => v.status === 'approved');
  const candidate = versions
    .filter((v) => v.status === 'rendered')
    .reduce<MinutesVersion | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);
  // Only what the API would allow is enabled; why not is said next to the control.
  const why = approved
    ? t('approval.alreadyApproved', { version: approved.version })
    : !candidate
      ? t('approval.noneRendered')
      : later.length === 0
        ? t('approval.noLaterMeeting')
        : !chosen
          ? t('approval.chooseMeeting')
          : undefined;
  const refusal = formRefusal(t, approve.error, []);
  return (
    <div className={styles.approval}>
      {later.length > 0 && !approved && (
        <SelectInput
          label={t('approval.meeting')}
          placeholder={t('approval.choose')}
          choices={later.map((m) => ({ id: m.id, label: `${m.title} — ${formatMeetingDate(m.startsAt, timeZone)}` }))}
          value={chosen}
          onChange={setChosen}
        />
      )}
      <div className={styles.renderRow}>
        <Button
          isDisabled={why !== undefined || approve.isPending}
          aria-describedby={why ? 'approval-why' : undefined}
          onPress={() =>
            candidate && chosen && approve.mutate({ version: candidate.version, approvingMeetingId: chosen })
          }
        >
          {t('approval.approve', { version: candidate?.version ?? approved?.version ?? 1 })}
        </Button>
        {why && (
          <p id="approval-why" className={styles.explain}>
            {why}
          </p>
        )}
      </div>
      {approve.isSuccess && <Notice tone="success">{t('approval.done', { version: approve.data.version })}</Notice>}
      {refusal && <Alert>{refusal}</Alert>}
    </div>
  );
}
