import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePublishedVersions, useVersionDiff, type PublishedVersion } from '../../api/agenda-editing';
import { useBodyById, useMeetingById } from '../../api/staff';
import { formatInstant } from '../../components/dates';
import { FieldRow, SelectInput } from '../../components/forms';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { VersionDiffView } from './version-diff';
import styles from './meeting-prep.module.css';

/**
 * The published versions of a meeting's agenda and what changed between two of them (by default
 * the last two). Everyone who may read the meeting may read this page: members included.
 */
export function Component() {
  const { t } = useTranslation('secretariat');
  const { meetingId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const meeting = useMeetingById(meetingId);
  const body = useBodyById(meeting.data?.bodyId);
  const versions = usePublishedVersions(meetingId);
  const list = versions.data ?? [];
  const last = list.at(-1)?.number;
  const to = Number(params.get('to') ?? last);
  const from = Number(params.get('from') ?? (last !== undefined && last > 1 ? last - 1 : last));
  const diff = useVersionDiff(meetingId, list.length > 1 ? from : undefined, list.length > 1 ? to : undefined);
  usePageTitle(meeting.data ? t('versions.title', { title: meeting.data.title }) : undefined);

  if (!meeting.data || !body.data || !versions.data) {
    return <StaffQueryState isPending error={meeting.error ?? body.error ?? versions.error} />;
  }
  const timeZone = body.data.meetingSlot.timeZone;
  const choices = list.map((v) => ({ id: String(v.number), label: t('versions.version', { number: v.number }) }));
  const choose = (which: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set('from', String(which === 'from' ? value : from));
    next.set('to', String(which === 'to' ? value : to));
    setParams(next, { replace: true });
  };

  return (
    <>
      <h1>{t('versions.title', { title: meeting.data.title })}</h1>
      {list.length === 0 && <p>{t('versions.none')}</p>}
      {list.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('versions.history')}</h2>
          <ol className={styles.versions}>
            {[...list].reverse().map((v: PublishedVersion) => (
              <li key={v.number}>
                <strong>{t('versions.version', { number: v.number })}</strong>
                {' — '}
                {t('versions.publishedAt', { date: formatInstant(v.publishedAt, timeZone) })}
                {' — '}
                {t('versions.items', { count: v.items.length })}
                {v.changeNote && (
                  <>
                    <br />
                    {t('versions.changeNote', { note: v.changeNote })}
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {list.length > 1 && (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">{t('versions.compare')}</h2>
          <FieldRow>
            <SelectInput
              label={t('versions.from')}
              choices={choices}
              value={String(from)}
              onChange={(v) => choose('from', v)}
            />
            <SelectInput
              label={t('versions.to')}
              choices={choices}
              value={String(to)}
              onChange={(v) => choose('to', v)}
            />
          </FieldRow>
          {diff.data ? (
            <VersionDiffView diff={diff.data} />
          ) : from === to ? (
            <p>{t('versions.same')}</p>
          ) : (
            <StaffQueryState isPending={diff.isPending} error={diff.error} />
          )}
        </section>
      )}
      <p>
        <Link to={`/meetings/${meetingId}`}>{t('versions.toMeeting')}</Link>
      </p>
    </>
  );
}
