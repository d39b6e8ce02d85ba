/**
 * 公告详情 (`?id=`): title, category, publisher, dates, the body rendered from its blocks as text, attachments,
 * 复制链接 / share card. Opening it marks it read (announcements.get does it for the audience).
 * Test hooks: #ann-detail (data-id, data-was-unread), #ann-title, #ann-category, #ann-publisher, #ann-dates,
 *   #ann-body, .ann-link, #ann-attachments, #ann-withdrawn, #share-copy, #group-share (分享到联络群, officers who manage a group), #load-error, #signin-prompt, #ann-missing
 */
import { useCallback, useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { FileLinks } from '../../components/files/FileLinks';
import { AnnouncementBody } from './Body';
import { ShareLink, useSharePage } from './share';
import { formatTime } from '../../services/dates';
import { ROUTES } from './views';
import { GroupShareRow } from '../groups/GroupShareRow';
import './notices.scss';

function AnnouncementDetail() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const load = useCallback(() => api.announcements.get({ id }), [id]);
  const state = useLoad(load);
  const title = state.data?.announcement.content.title ?? '公告详情';
  useSharePage(title, ROUTES.detail(id));
  useEffect(() => {
    if (state.data) void Taro.setNavigationBarTitle({ title: state.data.announcement.categoryLabel }).catch(() => undefined);
  }, [state.data]);

  return (
    <View className="page ann-detail-page">
      <LoadState state={state}>
        {({ announcement: a, unread }) => (
          <View id="ann-detail" data-id={a.id} data-was-unread={unread ? 'true' : 'false'}>
            <Card>
              <View className="feed-item__tags">
                <Text id="ann-category" className="tag">
                  {a.categoryLabel}
                </Text>
                {a.content.pinned ? <Text className="tag tag--pinned">置顶</Text> : null}
                {a.displayStatus !== 'published' ? <Text className="tag tag--wait">{a.displayStatusLabel}</Text> : null}
              </View>
              <Text id="ann-title" className="ann-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
                {a.content.title}
              </Text>
              <Text id="ann-publisher" className="ann-meta">{`发布单位：${a.publisher.name}`}</Text>
              <Text id="ann-dates" className="ann-meta">
                {`发布时间：${formatTime(a.content.publishAt) || '未发布'}${a.content.expiresAt ? ` · 有效期至：${formatTime(a.content.expiresAt)}` : ''}`}
              </Text>
              {a.edition > 1 ? <Text className="ann-meta">{`第 ${a.edition} 版（发布后有修改）`}</Text> : null}
              {a.withdrawal ? (
                <Notice kind="error" id="ann-withdrawn">
                  {`此公告已于 ${formatTime(a.withdrawal.at)} 撤回：${a.withdrawal.reason}`}
                </Notice>
              ) : null}
              <AnnouncementBody body={a.content.body} />
            </Card>
            {a.content.attachments.length ? (
              <Card id="ann-attachments" title="附件">
                <FileLinks files={a.content.attachments} />
              </Card>
            ) : null}
            <ShareLink title={a.content.title} path={ROUTES.detail(a.id)} />
            <GroupShareRow kind="announcement" id={a.id} />
            <ActionButton id="ann-back-list" onPress={() => void Taro.redirectTo({ url: ROUTES.list })}>
              查看全部通知
            </ActionButton>
          </View>
        )}
      </LoadState>
      {!id ? (
        <Card id="ann-missing" title="没有找到这条公告">
          <Text className="card__text">链接不完整。可以到通知列表查看全部通知。</Text>
        </Card>
      ) : null}
    </View>
  );
}

export default AnnouncementDetail;
