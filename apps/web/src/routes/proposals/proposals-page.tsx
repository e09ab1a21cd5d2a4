import { useState } from 'react';
import { Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type Proposal, useDraftProposal, useProposals, useSubmitProposal } from '../../api/proposals';
import { Alert, Button, controlStyles, Notice, TextInput } from '../../components/controls';
import { Loading } from '../../components/loading';
import { SelectField } from '../../components/select-field';
import { usePageTitle } from '../../components/page-title';
import styles from '../votes/votes.module.css';

/** A body's proposals: members draft (alone or as an amendment) and submit; each shows its status. */
export function Component() {
  const { t } = useTranslation('votes');
  usePageTitle(t('proposals.title'));
  const { bodyId = '' } = useParams();
  const proposals = useProposals(bodyId);
  if (proposals.isPending) return <Loading />;
  const all = proposals.data ?? [];
  const parents = all.filter((p) => p.parentId === null);
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      <DraftForm bodyId={bodyId} parents={parents} />
      <h2>{t('proposals.list')}</h2>
      {all.length === 0 && <p>{t('proposals.none')}</p>}
      {parents.map((proposal) => (
        <ProposalCard
          key={proposal.id}
          proposal={proposal}
          bodyId={bodyId}
          amendments={all.filter((a) => a.parentId === proposal.id)}
        />
      ))}
    </>
  );
}

// The select's option for a proposal of its own (a key cannot be empty).
const NOT_AN_AMENDMENT = 'none';

function DraftForm({ bodyId, parents }: { bodyId: string; parents: Proposal[] }) {
  const { t } = useTranslation('votes');
  const draft = useDraftProposal(bodyId);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const amendable = parents.filter((p) => p.status === 'draft' || p.status === 'submitted');
  const [parentId, setParentId] = useState('');
  return (
    <section aria-labelledby="draft">
      <h2 id="draft">{t('proposals.draft')}</h2>
      {draft.error instanceof ApiError && <Alert>{draft.error.message}</Alert>}
      {draft.isSuccess && <Notice tone="success">{t('proposals.drafted')}</Notice>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          draft.mutate(
            { title, text, ...(parentId ? { parentId } : {}) },
            {
              onSuccess: () => {
                setTitle('');
                setText('');
              },
            },
          );
        }}
      >
        <TextInput label={t('proposals.titleField')} isRequired value={title} onChange={setTitle} maxLength={300} />
        <TextField className={controlStyles.field} isRequired value={text} onChange={setText}>
          <Label className={controlStyles.label}>{t('proposals.text')}</Label>
          <TextArea className={controlStyles.input} rows={8} />
        </TextField>
        {amendable.length > 0 && (
          <SelectField
            label={t('proposals.amends')}
            options={[
              { id: NOT_AN_AMENDMENT, label: t('proposals.notAnAmendment') },
              ...amendable.map((p) => ({ id: p.id, label: p.title })),
            ]}
            selected={parentId || NOT_AN_AMENDMENT}
            onChange={(id) => setParentId(id === NOT_AN_AMENDMENT ? '' : id)}
          />
        )}
        <Button type="submit" isDisabled={draft.isPending}>
          {t('proposals.saveDraft')}
        </Button>
      </Form>
    </section>
  );
}

function ProposalCard({
  proposal,
  bodyId,
  amendments,
}: {
  proposal: Proposal;
  bodyId: string;
  amendments: Proposal[];
}) {
  const { t } = useTranslation('votes');
  return (
    <article className={styles.poll} aria-labelledby={`p-${proposal.id}`}>
      <h3 id={`p-${proposal.id}`}>{proposal.title}</h3>
      <ProposalStatus proposal={proposal} bodyId={bodyId} />
      <p>{proposal.text}</p>
      {amendments.length > 0 && (
        <>
          <h4>{t('proposals.amendments')}</h4>
          <ul>
            {amendments.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong> — {a.text}
                <ProposalStatus proposal={a} bodyId={bodyId} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function ProposalStatus({ proposal, bodyId }: { proposal: Proposal; bodyId: string }) {
  const { t } = useTranslation('votes');
  const submit = useSubmitProposal(bodyId);
  return (
    <div className={styles.actions}>
      <p>
        {t(`proposalStatus.${proposal.status}`)} · {t('proposals.version', { version: proposal.version })}
      </p>
      {submit.error instanceof ApiError && <Alert>{submit.error.message}</Alert>}
      {proposal.status === 'draft' && (
        <Button variant="secondary" onPress={() => submit.mutate(proposal.id)} isDisabled={submit.isPending}>
          {t('proposals.submit', { title: proposal.title })}
        </Button>
      )}
    </div>
  );
}
