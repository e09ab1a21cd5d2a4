import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { changeLanguage, currentLanguage } from '../i18n';
import controls from './controls.module.css';
import styles from './layout.module.css';

/**
 * Offers the other language, named in that language (and marked so screen readers say it right).
 * `header` sits on the banner's dark background; `page` in a page's content.
 */
export function LanguageSwitch({ variant = 'header' }: { variant?: 'header' | 'page' }) {
  const { t } = useTranslation();
  const other = currentLanguage() === 'fr' ? 'en' : 'fr';
  return (
    <Button
      className={variant === 'header' ? styles.headerButton : `${controls.button} ${controls.secondary}`}
      onPress={() => void changeLanguage(other)}
      aria-label={t('language.switchTo')}
    >
      <span lang={other}>{t(`language.${other}`)}</span>
    </Button>
  );
}
