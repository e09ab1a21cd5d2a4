import { useTranslation } from 'react-i18next';
import type { Meeting } from '../api/meetings';
import styles from './status-badge.module.css';

export function MeetingStatusBadge({ status }: { status: Meeting['status'] }) {
  const { t } = useTranslation();
  return <span className={`${styles.badge} ${styles[status]}`}>{t(`meetingStatus.${status}`)}</span>;
}
