import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, dataOf } from '../../api/client';
import { useAgendaItems, useRecordRecusal } from '../../api/votes';
import { Alert, Button, controlStyles, Notice, TextInput } from '../../components/controls';

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
        <RadioGroup className={controlStyles.field} value={itemId} onChange={setItemId} isRequired>
          <Label className={controlStyles.label}>{t('controls.item')}</Label>
          {decisionItems.map((item) => (
            <Radio key={item.id} value={item.id}>
              {item.title}
            </Radio>
          ))}
        </RadioGroup>
        <RadioGroup className={controlStyles.field} value={membershipId} onChange={setMembershipId} isRequired>
          <Label className={controlStyles.label}>{t('recusal.member')}</Label>
          {(sheet.data?.members ?? []).map((m) => (
            <Radio key={m.membershipId} value={m.membershipId}>
              {m.fullName}
            </Radio>
          ))}
        </RadioGroup>
        <TextInput label={t('recusal.reason')} isRequired value={reason} onChange={setReason} />
        <Button type="submit" variant="secondary" isDisabled={recuse.isPending || !itemId || !membershipId}>
          {t('recusal.submit')}
        </Button>
      </Form>
    </section>
  );
}
