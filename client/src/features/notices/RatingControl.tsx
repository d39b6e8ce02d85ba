import { Text, View } from '@tarojs/components';
import type { Score } from '@shared/briefings/rating';
import { SCORE_LABELS } from '@shared/briefings/rating';
import { a11y } from '../../components/a11y';
import './RatingControl.scss';

/** Lowest first, as people read a scale: 1 非常不满意 … 5 非常满意. */
const ORDER: Score[] = [1, 2, 3, 4, 5];

/**
 * 1–5 as a radio group whose options say their level in words (“4 分 满意”); the stars are decoration
 * (aria-hidden), and the chosen one also carries a tick, never colour alone. Arrow keys move the choice,
 * Enter / Space choose the focused one (H5 keyboard and switch users); every option is focusable, as in RadioChips.
 * Test hooks: #<id> (radiogroup), #<id>-<score> (role radio, aria-checked, data-on)
 */
export function RatingControl({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: Score | null;
  onChange: (score: Score) => void;
  error?: string;
}) {
  const step = (from: Score, by: 1 | -1) => onChange(ORDER[Math.min(4, Math.max(0, ORDER.indexOf(from) + by))]);
  return (
    <View id={id} className={`rating-control ${error ? 'rating-control--error' : ''}`} {...a11y({ role: 'radiogroup', 'aria-label': label, 'aria-invalid': error ? 'true' : undefined })}>
      {ORDER.map((score) => {
        const on = value === score;
        const choose = () => onChange(score);
        // Taro's View types do not list onKeyDown (a11y.ts): Enter / Space choose, the arrows move the choice.
        const keys = {
          onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault?.();
              choose();
            } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
              e.preventDefault?.();
              step(score, 1);
            } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
              e.preventDefault?.();
              step(score, -1);
            }
          },
        };
        return (
          <View
            key={score}
            id={`${id}-${score}`}
            className={`rating-option ${on ? 'rating-option--on' : ''}`}
            data-on={on ? 'true' : 'false'}
            {...a11y({ role: 'radio', 'aria-checked': on ? 'true' : 'false', 'aria-label': `${score} 分，${SCORE_LABELS[score]}`, tabIndex: 0 })}
            {...keys}
            onClick={choose}
          >
            <Text className="rating-option__stars" aria-hidden="true">
              {'★'.repeat(score)}
            </Text>
            <Text className="rating-option__label" aria-hidden="true">{`${on ? '✓ ' : ''}${score} 分 ${SCORE_LABELS[score]}`}</Text>
          </View>
        );
      })}
    </View>
  );
}
