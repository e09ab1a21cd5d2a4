import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, dataOf } from '../../api/client';
import { useAgendaItems, useRecordRecusal } from '../../api/votes';
import { Alert, Button, Notice, TextInput } from '../../components/controls';
import { RadioField } from '../../components/radio-field';
import { SelectField } from '../../components/select-field';

/** Records that a member takes no part in an item's votes (conflict of interest), with the reason. */
export function RecusalForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('votes');
  const items = useAgendaItems(meetingId);
  const sheet = useQuery({
    queryKey: ['attendance', meetingId],
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}/attendance', { params: { path: { meetingId } } })),
  });
  const recuse = useRecordRecusal(meetingId);
  const [itemId, setItemId] = useState('');
  const [membershipId, setMembershipId] = useState('');
  const [reason, setReason] = useState('');
  const decisionItems = (items.data ?? []).filter((i) => i.kind === 'decision');
  return (
    <section aria-labelledby="recusals">
      <h2 id="recusals">{t('recusal.title')}</h2>
      {recuse.error instanceof ApiError && <Alert>{recuse.error.message}</Alert>}
      {recuse.isSuccess && <Notice tone="success">{t('recusal.recorded')}</Notice>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          recuse.mutate({ itemId, membershipId, reason }, { onSuccess: () => setReason('') });
        }}
      >
        <RadioField
          label={t('controls.item')}
          options={decisionItems.map((item) => ({ id: item.id, label: item.title }))}
          value={itemId}
          onChange={setItemId}
          isRequired
        />
        <SelectField
          label={t('recusal.member')}
          options={(sheet.data?.members ?? []).map((m) => ({ id: m.membershipId, label: m.fullName }))}
          selected={membershipId || null}
          onChange={setMembershipId}
          placeholder={t('recusal.choose')}
        />
        <TextInput label={t('recusal.reason')} isRequired value={reason} onChange={setReason} />
        <Button type="submit" variant="secondary" isDisabled={recuse.isPending || !itemId || !membershipId}>
          {t('recusal.submit')}
        </Button>
      </Form>
    </section>
  );
}
