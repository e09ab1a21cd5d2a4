import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../../api/client';
import { Alert, Button, controlStyles, Notice } from '../../components/controls';

/**
 * The user's secret calendar feed: shown on demand (it is a credential), copied in one press,
 * and replaced by a new one if it leaked. GET /auth/calendar-feed and POST …/rotate are in the
 * contract but not yet served (see api/pending-contract.ts).
 */
export function CalendarFeed() {
  const { t } = useTranslation('member');
  const [copied, setCopied] = useState(false);
  const feed = useMutation({
    mutationFn: async (action: 'show' | 'rotate') =>
      dataOf(action === 'show' ? await api.GET('/auth/calendar-feed') : await api.POST('/auth/calendar-feed/rotate')),
    onSuccess: () => setCopied(false),
  });
  return (
    <>
      <p>{t('account.calendar.help')}</p>
      {feed.error && <Alert>{t('account.calendar.unavailable')}</Alert>}
      {feed.data ? (
        <>
          <TextField className={controlStyles.field} value={feed.data.url} isReadOnly>
            <Label className={controlStyles.label}>{t('account.calendar.url')}</Label>
            <Input className={controlStyles.input} />
          </TextField>
          {copied && <Notice tone="success">{t('account.calendar.copied')}</Notice>}
          <p>
            <Button onPress={() => void navigator.clipboard.writeText(feed.data.url).then(() => setCopied(true))}>
              {t('account.calendar.copy')}
            </Button>{' '}
            <Button variant="secondary" onPress={() => feed.mutate('rotate')} isDisabled={feed.isPending}>
              {t('account.calendar.rotate')}
            </Button>
          </p>
        </>
      ) : (
        <Button variant="secondary" onPress={() => feed.mutate('show')} isDisabled={feed.isPending}>
          {t('account.calendar.show')}
        </Button>
      )}
    </>
  );
}
