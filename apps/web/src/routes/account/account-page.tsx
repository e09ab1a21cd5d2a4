import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useMe } from '../../api/auth';
import { api, ApiError, dataOf } from '../../api/client';
import { Alert, Button, Notice, TextInput } from '../../components/controls';
import { LanguageSwitch } from '../../components/language-switch';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { CalendarFeed } from './calendar-feed';
import { EmailPreferences } from './email-preferences';

/** « Mon compte »: who is logged in, the language, e-mail preferences, the calendar feed and changing one's password. */
export function Component() {
  const { t } = useTranslation('member');
  usePageTitle(t('account.title'));
  const me = useMe();
  if (!me.data) return <QueryState isPending={me.isPending} error={me.error} />;
  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl>
        <dt>{t('account.email')}</dt>
        <dd>{me.data.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`account.roles.${me.data.role}`)}</dd>
      </dl>
      <h2>{t('account.language')}</h2>
      <p>{t('account.languageHelp')}</p>
      <LanguageSwitch variant="page" />
      <EmailPreferences />
      <h2>{t('account.calendar.title')}</h2>
      <CalendarFeed />
      <h2>{t('account.password.title')}</h2>
      <PasswordForm />
    </>
  );
}

function PasswordForm() {
  const { t } = useTranslation('member');
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    // POST /auth/password is in the contract but not yet served (see api/pending-contract.ts).
    mutationFn: async () => dataOf(await api.POST('/auth/password', { body: { currentPassword, newPassword } })),
    onSuccess: () => {
      setCurrent('');
      setNew('');
    },
  });
  const error = change.error instanceof ApiError ? change.error : undefined;
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate();
      }}
    >
      {change.isSuccess && <Notice tone="success">{t('account.password.changed')}</Notice>}
      {change.error && !error?.body.details && <Alert>{t('account.password.refused')}</Alert>}
      <TextInput
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        isRequired
        value={currentPassword}
        onChange={setCurrent}
        errorMessage={error?.fieldMessage('currentPassword') ? t('account.password.currentWrong') : undefined}
      />
      <TextInput
        label={t('account.password.new')}
        description={t('account.password.rule')}
        type="password"
        autoComplete="new-password"
        isRequired
        minLength={8}
        value={newPassword}
        onChange={setNew}
        errorMessage={error?.fieldMessage('newPassword') ? t('account.password.rule') : undefined}
      />
      <Button type="submit" isDisabled={change.isPending}>
        {t('account.password.submit')}
      </Button>
    </Form>
  );
}
