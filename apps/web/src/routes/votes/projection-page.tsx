import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type Poll, useMeetingEvents, useMeetingPolls } from '../../api/votes';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import styles from './votes.module.css';

/** The room's screen: the poll under way (or the last closed), ballots cast so far, then the result. */
export function Component() {
  const { t } = useTranslation('votes');
  usePageTitle(t('projection.title'));
  const { meetingId = '' } = useParams();
  useMeetingEvents(meetingId);
  const polls = useMeetingPolls(meetingId);
  if (polls.isPending) return <Loading />;
  const shown = currentPoll(polls.data ?? []);
  return (
    <div className={styles.projection}>
      <h1>{t('projection.title')}</h1>
      {!shown ? <p>{t('projection.nothing')}</p> : <ProjectedPoll poll={shown} />}
    </div>
  );
}

/** The open poll, else the one closed last. */
function currentPoll(polls: Poll[]): Poll | undefined {
  const open = polls.find((p) => p.status === 'open');
  if (open) return open;
  return polls
    .filter((p) => p.status === 'closed')
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? ''))
    .at(-1);
}

function ProjectedPoll({ poll }: { poll: Poll }) {
  const { t } = useTranslation('votes');
  return (
    <section aria-labelledby="projected-question">
      <h2 id="projected-question">{poll.question}</h2>
      <p>{t(`method.${poll.method}`)}</p>
      <p role="status" aria-live="polite">
        {t('projection.ballotsCast', { count: poll.cast, eligible: poll.eligible })}
      </p>
      {poll.result && (
        <>
          <p className={styles.bigNumber} role="status">
            {t(`outcome.${poll.result.outcome}`)}
          </p>
          <table className={styles.resultTable}>
            <caption>{t('projection.resultCaption')}</caption>
            <tbody>
              {(['yes', 'no', 'abstain'] as const).map((choice) => (
                <tr key={choice}>
                  <th scope="row">{t(`choice.${choice}`)}</th>
                  <td>{poll.result![choice]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {poll.result.decidedByCastingVote && <p>{t('projection.castingVote')}</p>}
        </>
      )}
    </section>
  );
}
