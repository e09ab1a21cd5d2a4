import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePreferences, useUpdatePreferences, type Preferences } from '../../api/notifications';
import { Alert, Button, controlStyles } from '../../components/controls';
import { CheckboxInput } from '../../components/forms';
import { QueryState } from '../../components/query-state';
import { currentLanguage } from '../../i18n';

/**
 * What the worker leaves out for someone who opts out, in plain words (the API's `isEssential`: all
 * but convocations, moves and cancellations). Proxies and minutes each stand for two kinds.
 */
const NON_ESSENTIAL = [
  'meeting_reminder',
  'agenda_republished',
  'proxy',
  'minutes',
  'recommendation_answered',
  'mandates_ending',
] as const;

/**
 * « E-mails » on the account page: the e-mails' language (the login's, which the language switch sets,
 * so it is shown here, not offered twice) and the opt-out of non-essential messages.
 */
export function EmailPreferences() {
  const { t } = useTranslation('notifications');
  const preferences = usePreferences();
  return (
    <section aria-labelledby="emails-heading">
      <h2 id="emails-heading">{t('preferences.heading')}</h2>
      {preferences.data ? (
        <EmailPreferencesForm saved={preferences.data} />
      ) : (
        <QueryState isPending={preferences.isPending} error={preferences.error} />
      )}
    </section>
  );
}

function EmailPreferencesForm({ saved }: { saved: Preferences }) {
  const { t } = useTranslation('notifications');
  const update = useUpdatePreferences();
  const [optOut, setOptOut] = useState(saved.optOutNonEssential);
  const [confirmation, setConfirmation] = useState('');
  const explanationId = useId();
  const shown = currentLanguage();
  const languageName = (language: 'fr' | 'en') => t(`preferences.languageNames.${language}`);

  const save = (change: Partial<Preferences>, confirm: (after: Preferences) => string) => {
    setConfirmation('');
    update.mutate(change, { onSuccess: (after) => setConfirmation(confirm(after)) });
  };

  return (
    <>
      <p>{t('preferences.intro')}</p>
      <p>
        <strong>{t('preferences.language', { language: languageName(saved.language) })}</strong>{' '}
        {saved.language === shown
          ? t('preferences.languageSame')
          : t('preferences.languageDiffers', { shown: languageName(shown) })}
      </p>
      {saved.language !== shown && (
        <p>
          <Button
            variant="secondary"
            isDisabled={update.isPending}
            onPress={() =>
              save({ language: shown }, (after) =>
                t('preferences.savedLanguage', { language: languageName(after.language) }),
              )
            }
          >
            {t('preferences.alignLanguage', { shown: languageName(shown) })}
          </Button>
        </p>
      )}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          save({ optOutNonEssential: optOut }, (after) =>
            t(after.optOutNonEssential ? 'preferences.savedOptedOut' : 'preferences.savedAll'),
          );
        }}
      >
        <CheckboxInput isSelected={optOut} onChange={setOptOut} describedBy={explanationId}>
          {t('preferences.optOut')}
        </CheckboxInput>
        <div id={explanationId}>
          <p>{t('preferences.optOutHelp')}</p>
          <ul>
            {NON_ESSENTIAL.map((kind) => (
              <li key={kind}>{t(`preferences.kinds.${kind}`)}</li>
            ))}
          </ul>
          <p>{t('preferences.essential')}</p>
        </div>
        {update.isError && <Alert>{t('preferences.refused')}</Alert>}
        {/* Always in the page, so that screen readers announce the confirmation when it is written into it. */}
        <div role="status" className={confirmation ? controlStyles.success : undefined}>
          {confirmation}
        </div>
        <Button type="submit" isDisabled={update.isPending}>
          {t('preferences.save')}
        </Button>
      </Form>
    </>
  );
}
