import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import {
  type Poll,
  useAgendaItems,
  useClosePoll,
  useCreatePoll,
  useMeetingEvents,
  useMeetingPolls,
  useOpenPoll,
} from '../../api/votes';
import { Alert, Button, TextInput } from '../../components/controls';
import { Loading } from '../../components/loading';
import { RadioField } from '../../components/radio-field';
import { usePageTitle } from '../../components/page-title';
import { RecusalForm } from './recusal-form';
import styles from './votes.module.css';

const METHODS = ['secret', 'roll_call', 'show_of_hands'] as const;

/** The secretariat's controls in session: prepare a poll, open it, enter show-of-hands counts, close it. */
export function Component() {
  const { t } = useTranslation('votes');
  usePageTitle(t('controls.title'));
  const { meetingId = '' } = useParams();
  useMeetingEvents(meetingId);
  const polls = useMeetingPolls(meetingId);
  if (polls.isPending) return <Loading />;
  return (
    <>
      <h1>{t('controls.title')}</h1>
      <NewPoll meetingId={meetingId} />
      <h2>{t('controls.polls')}</h2>
      {(polls.data ?? []).length === 0 && <p>{t('controls.none')}</p>}
      {(polls.data ?? []).map((poll) => (
        <PollControls key={poll.id} poll={poll} meetingId={meetingId} />
      ))}
      <RecusalForm meetingId={meetingId} />
    </>
  );
}

function NewPoll({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('votes');
  const items = useAgendaItems(meetingId);
  const create = useCreatePoll(meetingId);
  const [question, setQuestion] = useState('');
  const [method, setMethod] = useState<(typeof METHODS)[number]>('secret');
  const decisionItems = (items.data ?? []).filter((i) => i.kind === 'decision');
  const [itemId, setItemId] = useState<string>('');
  const chosenItem = itemId || decisionItems[0]?.id || '';
  return (
    <section aria-labelledby="new-poll">
      <h2 id="new-poll">{t('controls.newPoll')}</h2>
      {create.error instanceof ApiError && <Alert>{create.error.message}</Alert>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ itemId: chosenItem, question, method }, { onSuccess: () => setQuestion('') });
        }}
      >
        <RadioField
          label={t('controls.item')}
          options={decisionItems.map((item) => ({ id: item.id, label: item.title }))}
          value={chosenItem}
          onChange={setItemId}
          isRequired
        />
        <TextInput label={t('controls.question')} isRequired value={question} onChange={setQuestion} />
        <RadioField
          label={t('controls.method')}
          options={METHODS.map((m) => ({ id: m, label: t(`method.${m}`) }))}
          value={method}
          onChange={(value) => setMethod(value as (typeof METHODS)[number])}
        />
        <Button type="submit" isDisabled={create.isPending || !chosenItem}>
          {t('controls.create')}
        </Button>
      </Form>
    </section>
  );
}

function PollControls({ poll, meetingId }: { poll: Poll; meetingId: string }) {
  const { t } = useTranslation('votes');
  const open = useOpenPoll(meetingId);
  const close = useClosePoll(meetingId);
  const [counts, setCounts] = useState({ yes: '', no: '', abstain: '' });
  const error = open.error ?? close.error;
  const number = (value: string) => (value === '' ? 0 : Number(value));
  return (
    <section className={styles.poll} aria-labelledby={`poll-${poll.id}`}>
      <h3 id={`poll-${poll.id}`}>{poll.question}</h3>
      <p>
        {t(`method.${poll.method}`)} · {t(`status.${poll.status}`)} ·{' '}
        {t('projection.ballotsCast', { count: poll.cast, eligible: poll.eligible })}
      </p>
      {error instanceof ApiError && <Alert>{error.message}</Alert>}
      {poll.result && <p role="status">{t(`outcome.${poll.result.outcome}`)}</p>}
      {poll.status === 'draft' && (
        <Button onPress={() => open.mutate(poll.id)} isDisabled={open.isPending}>
          {t('controls.open', { question: poll.question })}
        </Button>
      )}
      {poll.status === 'open' && (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            close.mutate({
              pollId: poll.id,
              ...(poll.method === 'show_of_hands'
                ? { counts: { yes: number(counts.yes), no: number(counts.no), abstain: number(counts.abstain) } }
                : {}),
            });
          }}
        >
          {poll.method === 'show_of_hands' && (
            <div className={styles.counts}>
              {(['yes', 'no', 'abstain'] as const).map((choice) => (
                <TextInput
                  key={choice}
                  label={t(`choice.${choice}`)}
                  type="number"
                  inputMode="numeric"
                  value={counts[choice]}
                  onChange={(value) => setCounts({ ...counts, [choice]: value })}
                  errorMessage={
                    close.error instanceof ApiError ? close.error.fieldMessage(`counts.${choice}`) : undefined
                  }
                />
              ))}
            </div>
          )}
          <Button type="submit" variant="danger" isDisabled={close.isPending}>
            {t('controls.close', { question: poll.question })}
          </Button>
        </Form>
      )}
    </section>
  );
}
