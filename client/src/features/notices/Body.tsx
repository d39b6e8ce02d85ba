/**
 * An announcement's body (blocks from shared/announcements/body) as Taro text elements: headings, paragraphs,
 * lists and clause links. Never HTML: every run is a text child, so `<script>` or `javascript:` stays text.
 * A clause link opens the clause's page in the 政策 tab's subpackage; a briefing link opens the briefing.
 */
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { Block, Inline, LinkRef, ListStyle } from '@shared/announcements/body';
import { linkLabel } from '@shared/announcements/body';
import { clauseUrl } from '../../services/policy/links';
import { ROUTES } from './views';
import { openPage } from '../../services/navigation';

/** Where a link goes, or null when it has no page of its own (a round: the 进度 tab shows rounds). */
export function linkUrl(link: LinkRef): string | null {
  if (link.kind === 'clause') return clauseUrl(link.clause);
  if (link.kind === 'briefing') return ROUTES.briefing(link.id);
  return null;
}

function Runs({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((run, i) => {
        const url = run.link ? linkUrl(run.link) : null;
        if (!run.link || !url) return <Text key={i}>{run.text}</Text>;
        return (
          <Text
            key={i}
            className={`ann-link ann-link--${run.link.kind}`}
            {...a11y({ role: 'link', tabIndex: 0 }, () => void openPage(url))}
            aria-label={`${run.text}（${linkLabel(run.link)}）`}
            onClick={() => void openPage(url)}
          >
            {run.text}
          </Text>
        );
      })}
    </>
  );
}

function List({
  style,
  items,
}: {
  style: ListStyle;
  items: { content: Inline[]; children?: { style: ListStyle; items: { content: Inline[] }[] } }[];
}) {
  return (
    <View className="ann-list" {...a11y({ role: 'list' })}>
      {items.map((it, i) => (
        <View key={i} className="ann-li" {...a11y({ role: 'listitem' })}>
          <Text className="ann-li__mark" aria-hidden="true">
            {style === 'numbered' ? `${i + 1}.` : '•'}
          </Text>
          <View className="ann-li__body">
            <Text className="ann-li__text">
              <Runs content={it.content} />
            </Text>
            {it.children ? <List style={it.children.style} items={it.children.items} /> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

export function AnnouncementBody({ body }: { body: readonly Block[] }) {
  return (
    <View className="ann-body" id="ann-body">
      {body.map((b, i) => {
        if (b.type === 'heading')
          return (
            <Text key={i} className={`ann-h ann-h--${b.level}`} {...a11y({ role: 'heading', 'aria-level': b.level + 2 })}>
              {b.text}
            </Text>
          );
        if (b.type === 'paragraph')
          return (
            <Text key={i} className="ann-p">
              <Runs content={b.content} />
            </Text>
          );
        return <List key={i} style={b.style} items={b.items} />;
      })}
    </View>
  );
}
