import { Text } from '@tarojs/components';
import './FieldExplain.scss';

/** The one-line 说明 under a question: why it is asked, citing the clause (「第二条」). */
export function FieldExplain({ text }: { text?: string }) {
  return text ? <Text className="field__explain">{text}</Text> : null;
}
