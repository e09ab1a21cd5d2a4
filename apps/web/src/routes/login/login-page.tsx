import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useIsLoggedIn, useLogin } from '../../api/auth';
import { ApiError } from '../../api/client';
import { Alert, Button, TextInput } from '../../components/controls';
import { usePageTitle } from '../../components/page-title';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const loggedIn = useIsLoggedIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';

  if (loggedIn && !login.isPending) return <Navigate to={next} replace />;

  const failure =
    login.error instanceof ApiError && login.error.status === 401
      ? t('login.wrongCredentials')
      : login.error instanceof ApiError && login.error.status === 429
        ? t('login.tooManyAttempts')
        : login.error
          ? t('errors.unexpected')
          : undefined;

  return (
    <>
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      {failure && <Alert>{failure}</Alert>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          login.mutate({ email, password }, { onSuccess: () => void navigate(next, { replace: true }) });
        }}
      >
        <TextInput
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          isRequired
          value={email}
          onChange={setEmail}
        />
        <TextInput
          label={t('login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
        />
        <Button type="submit" isDisabled={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
    </>
  );
}
