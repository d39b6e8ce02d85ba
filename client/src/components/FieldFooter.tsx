import { Text } from '@tarojs/components';

/** Under a field: the hint, or instead the error (id `<field id>-error`, the test hook and the anchor). */
export function FieldFooter({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && !error ? <Text className="field__hint">{hint}</Text> : null}
      {error ? (
        <Text id={`${id}-error`} className="field__error">
          {error}
        </Text>
      ) : null}
    </>
  );
}
