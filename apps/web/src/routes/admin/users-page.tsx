import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreateUser, useSetUserDisabled, useUsers, type User } from '../../api/admin';
import { useMe } from '../../api/auth';
import { usePeople } from '../../api/staff';
import { Alert, Button, Notice, TextInput } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { FieldRow, SearchSelect, SelectInput } from '../../components/forms';
import { usePageTitle } from '../../components/page-title';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import { StaffQueryState } from '../../components/staff-query-state';

const ROLES: readonly User['role'][] = ['member', 'secretariat', 'direction', 'admin'];
const FIELDS = ['email', 'password', 'role', 'personId'] as const;

/** The admin's logins: who may log in, with which role; create one (a member speaks for a person). */
export function Component() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const users = useUsers();
  const people = usePeople();
  const nameOf = (personId: string | null) => people.data?.find((p) => p.id === personId)?.fullName ?? '';
  const setDisabled = useSetUserDisabled();
  // The API refuses to disable yourself: your own row offers no button, and says why.
  const me = useMe();
  const [changed, setChanged] = useState<string | null>(null);
  return (
    <>
      <h1>{t('users.title')}</h1>
      {changed && <Notice tone="success">{changed}</Notice>}
      {formRefusal(t, setDisabled.error, []) && <Alert>{formRefusal(t, setDisabled.error, [])}</Alert>}
      {!users.data ? (
        <StaffQueryState isPending error={users.error} />
      ) : (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('users.count', { count: users.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.person')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.email}</th>
                  <td>{t(`roles.${u.role}`)}</td>
                  <td>{nameOf(u.personId)}</td>
                  <td>{t(u.disabled ? 'users.disabled' : 'users.active')}</td>
                  <td>
                    {u.id === me.data?.id ? (
                      t('users.yourself')
                    ) : (
                      <Button
                        variant="secondary"
                        aria-label={t(u.disabled ? 'users.enable' : 'users.disable', { email: u.email })}
                        isDisabled={setDisabled.isPending}
                        onPress={() =>
                          setDisabled.mutate(
                            { userId: u.id, disabled: !u.disabled },
                            {
                              onSuccess: (user) =>
                                setChanged(
                                  t(user.disabled ? 'users.disableDone' : 'users.enableDone', { email: user.email }),
                                ),
                            },
                          )
                        }
                      >
                        {t(u.disabled ? 'users.enableShort' : 'users.disableShort')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-user-heading" className={table.section}>
        <h2 id="new-user-heading">{t('users.new.heading')}</h2>
        <NewUserForm />
      </section>
    </>
  );
}

function NewUserForm() {
  const { t } = useTranslation(['admin', 'secretariat']);
  const create = useCreateUser();
  const people = usePeople();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<User['role']>('member');
  const [personId, setPersonId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { email: email.trim(), password, role, ...(role === 'member' && personId ? { personId } : {}) },
          {
            onSuccess: (user) => {
              setDone(t('users.new.done', { email: user.email }));
              setEmail('');
              setPassword('');
            },
          },
        );
      }}
    >
      {done && <Notice tone="success">{done}</Notice>}
      {formRefusal(t, create.error, FIELDS) && <Alert>{formRefusal(t, create.error, FIELDS)}</Alert>}
      <FieldRow>
        <TextInput
          label={t('users.email')}
          type="email"
          autoComplete="off"
          isRequired
          value={email}
          onChange={setEmail}
          errorMessage={fieldRefusal(t, create.error, 'email')}
        />
        <TextInput
          label={t('users.new.password')}
          description={t('users.new.passwordHelp')}
          type="password"
          autoComplete="new-password"
          isRequired
          value={password}
          onChange={setPassword}
          errorMessage={fieldRefusal(t, create.error, 'password')}
        />
      </FieldRow>
      <SelectInput
        label={t('users.role')}
        choices={ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))}
        value={role}
        onChange={(r) => setRole(r as User['role'])}
        errorMessage={fieldRefusal(t, create.error, 'role')}
      />
      {role === 'member' && (
        <SearchSelect
          label={t('users.person')}
          description={t('users.new.personHelp')}
          emptyText={people.isPending ? t('common:loading') : t('users.new.noMatch')}
          isRequired
          choices={(people.data ?? []).map((p) => ({ id: p.id, label: p.fullName }))}
          value={personId}
          onChange={setPersonId}
          errorMessage={fieldRefusal(t, create.error, 'personId')}
        />
      )}
      <Button type="submit" isDisabled={create.isPending}>
        {t('users.new.submit')}
      </Button>
    </Form>
  );
}
