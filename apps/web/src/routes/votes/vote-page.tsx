import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type Choice, type Poll, useCastBallot, useMeetingEvents, useMeetingPolls } from '../../api/votes';
import { Alert, Button, Notice } from '../../components/controls';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import styles from './votes.module.css';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

/** A member's page in session: the open poll, and a ballot for them and for each member whose proxy they hold. */
export function Component() {
  const { t } = useTranslation('votes');
  usePageTitle(t('vote.title'));
  const { meetingId = '' } = useParams();
  useMeetingEvents(meetingId);
  const polls = useMeetingPolls(meetingId);
  if (polls.isPending) return <Loading />;
  const open = (polls.data ?? []).filter((p) => p.status === 'open');
  return (
    <>
      <h1>{t('vote.title')}</h1>
      {open.length === 0 && <p role="status">{t('vote.noOpenPoll')}</p>}
      {open.map((poll) => (
        <OpenPoll key={poll.id} poll={poll} meetingId={meetingId} />
      ))}
    </>
  );
}

function OpenPoll({ poll, meetingId }: { poll: Poll; meetingId: string }) {
  const { t } = useTranslation('votes');
  const cast = useCastBallot(meetingId);
  // The API lists their own ballot first, then each one they hold by proxy.
  const ballots = poll.youVoteFor ?? [];
  return (
    <section className={styles.poll} aria-labelledby={`q-${poll.id}`}>
      <h2 id={`q-${poll.id}`}>{poll.question}</h2>
      <p>{t(`method.${poll.method}`)}</p>
      {cast.error instanceof ApiError && <Alert>{cast.error.message}</Alert>}
      {ballots.length === 0 && <p>{t('vote.notEligible')}</p>}
      {ballots.map((ballot) => {
        const whose = ballot.byProxy ? t('vote.proxyBallot', { name: ballot.fullName }) : t('vote.ownBallot');
        return (
          <div key={ballot.membershipId} className={`${styles.ballot} ${ballot.byProxy ? styles.proxy : ''}`}>
            <h3>{whose}</h3>
            {ballot.hasVoted ? (
              <Notice tone="success">{t('vote.recorded')}</Notice>
            ) : (
              <div className={styles.choices} role="group" aria-label={whose}>
                {CHOICES.map((choice) => (
                  <Button
                    key={choice}
                    variant={choice === 'yes' ? 'primary' : 'secondary'}
                    aria-label={`${t(`choice.${choice}`)} — ${whose}`}
                    isDisabled={cast.isPending}
                    onPress={() =>
                      cast.mutate({
                        pollId: poll.id,
                        choice,
                        ...(ballot.byProxy ? { onBehalfOfMembershipId: ballot.membershipId } : {}),
                      })
                    }
                  >
                    {t(`choice.${choice}`)}
                  </Button>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
