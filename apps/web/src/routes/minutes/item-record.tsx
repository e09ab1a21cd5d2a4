import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import type { Poll } from '../../api/votes';
import styles from './minutes.module.css';

type Attendance = Schemas['AttendanceSheetResponse'];

/** Who attended the meeting, as recorded: present, remote, excused with their proxy. */
export function AttendanceRecord({ attendance }: { attendance: Attendance }) {
  const { t } = useTranslation('minutes');
  const members = attendance.members;
  const nameOf = (id: string | null) => members.find((m) => m.membershipId === id)?.fullName ?? '';
  const list = (status: 'present' | 'remote' | 'excused') => members.filter((m) => m.status === status);
  const groups = [
    { key: 'present', people: list('present').map((m) => m.fullName) },
    { key: 'remote', people: list('remote').map((m) => m.fullName) },
    {
      key: 'excused',
      people: list('excused').map((m) =>
        m.proxyHolderMembershipId
          ? `${m.fullName} (${t('record.proxyTo', { name: nameOf(m.proxyHolderMembershipId) })})`
          : m.fullName,
      ),
    },
  ] as const;
  return (
    <dl className={styles.record}>
      {groups.map((g) => (
        <div key={g.key}>
          <dt>{t(`record.${g.key}`)}</dt>
          <dd>{g.people.length > 0 ? g.people.join(', ') : t('record.nobody')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The votes held on one item, with their results, as the record keeps them. */
export function ItemVotes({ polls }: { polls: Poll[] }) {
  const { t } = useTranslation('minutes');
  if (polls.length === 0) return <p className={styles.muted}>{t('record.noVote')}</p>;
  return (
    <ul className={styles.votes}>
      {polls.map((poll) => (
        <li key={poll.id}>
          <p className={styles.question}>{poll.question}</p>
          <p className={styles.muted}>{t(`record.method.${poll.method}`)}</p>
          {poll.result ? (
            <>
              <p>{t('record.counts', poll.result)}</p>
              <p className={poll.result.outcome === 'adopted' ? styles.adopted : styles.rejected}>
                {t(`record.outcome.${poll.result.outcome}`)}
                {poll.result.decidedByCastingVote && ` — ${t('record.castingVote')}`}
              </p>
            </>
          ) : (
            <p className={styles.muted}>{t('record.voteOpen')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
