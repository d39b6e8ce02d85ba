/**
 * 首页's two live sections: 我的通知 (the signed-in person's feed, pinned first, newest; unread marked 未读 in
 * words) and 近期宣讲 (briefings open for sign-up), each with a link to its full list in `packages/notices`.
 * Visitors see a sign-in prompt instead of the feed. Kept small: the lists and details live in the subpackage.
 * Rows are links named by what they show (WCAG 2.5.3 label in name), tags first, as in the subpackage's FeedItem.
 * Test hooks: #home-notices, .home-notice (data-id, data-unread), .home-notice__unread, #home-notices-empty,
 *   #home-notices-more, #home-notices-unread, #home-briefings, .home-briefing (data-id), #home-briefings-empty,
 *   #home-briefings-more, #signin-prompt, #home-round-deadline (the open round's deadline, visitors too)
 */
import { useCallback } from 'react';
import { openPage } from '../../services/navigation';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { api } from '../../services/api';
import { useLoad } from '../../hooks/use-load';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { SignInPrompt } from '../../components/SignInPrompt';
import { chinaDate } from '@shared/time/dates';
import { openRoundDeadline } from '@shared/policy/deadline';

const LIST = '/packages/notices/list/index';
const BRIEFINGS = '/packages/notices/briefings/index';
const go = (url: string) => void openPage(url);

function SectionHead({ id, title, more, moreLabel }: { id: string; title: string; more: string; moreLabel: string }) {
  return (
    <View className="home-section__head">
      <Text className="home-section__title" {...a11y({ role: 'heading', 'aria-level': 2 })}>
        {title}
      </Text>
      <Text
        id={id}
        className="home-section__more"
        {...a11y({ role: 'link', tabIndex: 0, 'aria-label': moreLabel }, () => go(more))}
        onClick={() => go(more)}
      >
        {'全部 ›'}
      </Text>
    </View>
  );
}

/** The open round's deadline (rounds.list is public): nothing while none is open or the list fails. */
function RoundDeadline() {
  const load = useCallback(() => api.eligibility['rounds.list']({ includeClosed: false }), []);
  const rounds = useLoad(load, { refreshOnShow: true });
  const d = rounds.data ? openRoundDeadline(rounds.data.items, chinaDate(new Date())) : null;
  if (!d) return null;
  return (
    <View id="home-round-deadline" className="home-deadline" {...a11y({ role: 'status' })}>
      <Text className="home-deadline__text">{d.text}</Text>
    </View>
  );
}

export function HomeSections() {
  const loadFeed = useCallback(() => api.announcements.feed({ pageSize: 3 }), []);
  const feed = useLoad(loadFeed, { refreshOnShow: true });
  const loadBriefings = useCallback(() => api.briefings.list({ view: 'open', page: 1, pageSize: 2 }), []);
  const briefings = useLoad(loadBriefings, { refreshOnShow: true });

  if (feed.error?.code === 'UNAUTHENTICATED') {
    return (
      <>
        <RoundDeadline />
        <SignInPrompt message="登录后可以查看发给您的通知公告，并报名参加政策宣讲。" />
      </>
    );
  }
  return (
    <>
      <RoundDeadline />
      <View id="home-notices" className="home-section">
        <SectionHead id="home-notices-more" title="我的通知" more={LIST} moreLabel="查看全部通知" />
        <Card>
          {feed.error ? <Notice kind="error">{feed.error.message}</Notice> : null}
          {!feed.data && !feed.error ? <Text className="card__text">正在加载…</Text> : null}
          {feed.data ? (
            <>
              <Text id="home-notices-unread" className="card__hint" {...a11y({ role: 'status' })}>
                {feed.data.unread > 0 ? `${feed.data.unread} 条未读` : '没有未读通知'}
              </Text>
              {feed.data.items.length === 0 ? (
                <Text id="home-notices-empty" className="card__text">
                  现在没有发给您的通知。
                </Text>
              ) : null}
              {feed.data.items.map((n) => (
                <View
                  key={n.id}
                  className="list-item home-notice"
                  data-id={n.id}
                  data-unread={n.unread ? 'true' : 'false'}
                  {...a11y({ role: 'link', tabIndex: 0 }, () => go(`/packages/notices/detail/index?id=${encodeURIComponent(n.id)}`))}
                  onClick={() => go(`/packages/notices/detail/index?id=${encodeURIComponent(n.id)}`)}
                >
                  <View className="home-tags">
                    {n.unread ? <Text className="home-tag home-tag--unread home-notice__unread">未读</Text> : null}
                    {n.pinned ? <Text className="home-tag home-tag--pinned">置顶</Text> : null}
                    <Text className="home-tag">{n.categoryLabel}</Text>
                  </View>
                  <Text className="list-item__title">{n.title}</Text>
                  <Text className="list-item__meta">{`${n.publisher} · ${chinaDate(new Date(n.publishAt))}`}</Text>
                </View>
              ))}
            </>
          ) : null}
        </Card>
      </View>

      <View id="home-briefings" className="home-section">
        <SectionHead id="home-briefings-more" title="近期宣讲" more={BRIEFINGS} moreLabel="查看全部政策宣讲" />
        <Card>
          {briefings.error ? <Notice kind="error">{briefings.error.message}</Notice> : null}
          {!briefings.data && !briefings.error ? <Text className="card__text">正在加载…</Text> : null}
          {briefings.data && briefings.data.items.length === 0 ? (
            <Text id="home-briefings-empty" className="card__text">
              现在没有可以报名的宣讲。
            </Text>
          ) : null}
          {briefings.data?.items.map((b) => (
            <View
              key={b.id}
              className="list-item home-briefing"
              data-id={b.id}
              {...a11y({ role: 'link', tabIndex: 0 }, () => go(`/packages/notices/briefing/index?id=${encodeURIComponent(b.id)}`))}
              onClick={() => go(`/packages/notices/briefing/index?id=${encodeURIComponent(b.id)}`)}
            >
              <Text className="list-item__title">{b.topic}</Text>
              <Text className="list-item__meta">{`${b.timeText}（北京时间）· ${b.venueText}`}</Text>
              <Text className="list-item__meta">
                {`${b.phaseLabel} · 已报 ${b.label}${b.full ? '（已满）' : ''}${b.mine === 'confirmed' ? ' · 已报名' : b.mine === 'waiting' ? ' · 候补中' : ''}`}
              </Text>
            </View>
          ))}
        </Card>
      </View>
    </>
  );
}
