import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { changeLanguage, currentLanguage } from '../i18n';
import styles from './layout.module.css';

/** Offers the other language, named in that language (and marked so screen readers say it right). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'fr' ? 'en' : 'fr';
  return (
    <Button
      className={styles.headerButton}
      onPress={() => void changeLanguage(other)}
      aria-label={t('language.switchTo')}
    >
      <span lang={other}>{t(`language.${other}`)}</span>
    </Button>
  );
}
