import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesPdfUrl } from '../../api/minutes';
import { Alert, Button } from '../../components/controls';

/**
 * Opens (preview, in a new tab) or saves (download) a version's PDF. The PDF needs the bearer token,
 * so it is fetched, then handed to the browser as an object URL.
 */
export function PdfButton({
  meetingId,
  version,
  mode,
  label,
}: {
  meetingId: string;
  version: number;
  mode: 'preview' | 'download';
  /** What the button opens, for assistive technologies, where "version n" is not enough (a list of meetings). */
  label?: string;
}) {
  const { t } = useTranslation('minutes');
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    // The tab opens at once, inside the click, so that no pop-up blocker stops it; the PDF follows.
    const tab = mode === 'preview' ? window.open('', '_blank') : null;
    try {
      const { url, fileName } = await minutesPdfUrl(meetingId, version);
      if (tab) tab.location.href = url;
      else {
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.click();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      tab?.close();
      setFailed(true);
    }
  };
  return (
    <>
      <Button
        variant="secondary"
        aria-label={label ?? t(`versions.${mode}Label`, { version })}
        onPress={() => void open()}
      >
        {t(`versions.${mode}`)}
      </Button>
      {failed && <Alert>{t('versions.pdfFailed')}</Alert>}
    </>
  );
}
