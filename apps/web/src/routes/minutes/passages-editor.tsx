import { useTranslation } from 'react-i18next';
import type { Passage } from '../../api/minutes';
import { Button } from '../../components/controls';
import { CheckboxInput, TextAreaInput } from '../../components/forms';
import styles from './minutes.module.css';

/**
 * The paragraphs of one section of the draft (a summary, decisions, the opening): each a text and
 * whether it is private, i.e. left out of the public copy.
 */
export function PassagesEditor({
  section,
  passages,
  onChange,
  disabled,
}: {
  /** The section's name, for labels ("Summary of the debate — paragraph 2"). */
  section: string;
  passages: Passage[];
  onChange: (passages: Passage[]) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('minutes');
  const shown = passages.length > 0 ? passages : [{ text: '', private: false }];
  const update = (index: number, change: Partial<Passage>) =>
    onChange(shown.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <div className={styles.passages}>
      {shown.map((passage, index) => {
        const label = shown.length > 1 ? t('passages.paragraph', { section, n: index + 1 }) : section;
        return (
          <div key={index} className={passage.private ? styles.privatePassage : styles.passage}>
            <TextAreaInput label={label} value={passage.text} onChange={(text) => update(index, { text })} />
            <div className={styles.passageTools}>
              <CheckboxInput isSelected={passage.private} onChange={(selected) => update(index, { private: selected })}>
                {t('passages.private')}
              </CheckboxInput>
              {shown.length > 1 && !disabled && (
                <Button
                  variant="secondary"
                  aria-label={t('passages.removeLabel', { n: index + 1, section })}
                  onPress={() => onChange(shown.filter((_, i) => i !== index))}
                >
                  {t('passages.remove')}
                </Button>
              )}
            </div>
          </div>
        );
      })}
      {!disabled && (
        <Button
          variant="secondary"
          aria-label={t('passages.addTo', { section })}
          onPress={() => onChange([...shown, { text: '', private: false }])}
        >
          {t('passages.add')}
        </Button>
      )}
    </div>
  );
}
