import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useIsLoggedIn } from '../api/auth';
import { useSaveLanguage } from '../api/notifications';
import { changeLanguage, currentLanguage } from '../i18n';
import controls from './controls.module.css';
import styles from './layout.module.css';

/**
 * Offers the other language, named in that language (and marked so screen readers say it right).
 * Logged in, the choice is also saved on the login: Quorum writes the person's e-mails in it (one
 * setting, the account page says so). `header` sits on the banner's dark background; `page` in a page's content.
 */
export function LanguageSwitch({ variant = 'header' }: { variant?: 'header' | 'page' }) {
  const { t } = useTranslation();
  const loggedIn = useIsLoggedIn();
  const saveLanguage = useSaveLanguage();
  const other = currentLanguage() === 'fr' ? 'en' : 'fr';
  return (
    <Button
      className={variant === 'header' ? styles.headerButton : `${controls.button} ${controls.secondary}`}
      onPress={() => {
        void changeLanguage(other);
        if (loggedIn) saveLanguage(other);
      }}
      aria-label={t('language.switchTo')}
    >
      <span lang={other}>{t(`language.${other}`)}</span>
    </Button>
  );
}
