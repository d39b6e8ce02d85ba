import { Text } from '@tarojs/components';
import { Card } from './Card';

/** A friendly placeholder for a feature that is on its way. */
export function ComingSoon({ id, title, lines }: { id: string; title: string; lines: string[] }) {
  return (
    <Card id={id} title={title} className="coming-soon">
      {lines.map((l) => (
        <Text key={l} className="card__text">
          {l}
        </Text>
      ))}
      <Text className="chip">即将上线</Text>
    </Card>
  );
}
