/**
 * 办事 (the 4th tab). For HR, recommending bodies and officers it opens on the 工作台 (features/progress/desk/WorkDesk:
 * pending counts per queue they work, their other work), then their own applications if they have any.
 * For everyone (and for an applicant, all there is): start an application from the saved self-check (据此申报), my applications (stage, holder, next
 * expected date; tap → the detail page in packages/work), the inbox with an unread count (also the tab badge),
 * and a link to the public notice board.
 * Test hooks:
 *   #start-card … (see features/progress/StartApplication), #start-created
 *   #my-apps, .app-card (data-id, data-stage; see features/progress/ApplicationCard), #my-apps-empty
 *   #inbox, #inbox-unread, .inbox-item (.inbox-item--unread), #inbox-read-all, #inbox-empty
 *   #progress-notices (public notice board); #desk … (see features/progress/desk/WorkDesk), #progress-title
 *   (申报进度, or 工作台 for those with work roles)
 *   #signin-prompt (UNAUTHENTICATED), #load-error, #load-retry, #loading
 */
import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { open, openPage } from '../../services/navigation';
import { Text, View } from '@tarojs/components';
import { api } from '../../services/api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { SAVED_CHECK_KEY } from '../check/services/draft';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { StartApplication } from './StartApplication';
import { ApplicationCard } from './ApplicationCard';
import { InboxCard } from './InboxCard';
import { WorkDesk } from './desk/WorkDesk';
import { useWhoami } from '../../hooks/use-whoami';
import { worksOnApplications } from '@shared/workflow/visibility';

const DETAIL_URL = '/packages/work/detail/index';
const openDetail = (id: string) => void openPage(`${DETAIL_URL}?id=${encodeURIComponent(id)}`);

function readSavedCheck(): string {
  try {
    const v: unknown = Taro.getStorageSync(SAVED_CHECK_KEY);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

function setBadge(unread: number) {
  try {
    const p = unread > 0 ? Taro.setTabBarBadge({ index: 3, text: String(Math.min(unread, 99)) }) : Taro.removeTabBarBadge({ index: 3 });
    void Promise.resolve(p).catch(() => undefined);
  } catch {
    // not on a tab page (or no tab bar): nothing to show
  }
}

function Progress() {
  const [savedCheck, setSavedCheck] = useState(readSavedCheck);
  const [created, setCreated] = useState(false);
  useDidShow(() => setSavedCheck(readSavedCheck()));

  const loadMine = useCallback(() => api.applications.mine({}), []);
  const mine = useLoad(loadMine, { refreshOnShow: true });
  const loadInbox = useCallback(() => api.applications['inbox.list']({ unreadOnly: false, page: 1, pageSize: 20 }), []);
  const inbox = useLoad(loadInbox, { refreshOnShow: true });
  const read = useAction(api.applications['inbox.read']);
  const unread = inbox.data?.unread ?? 0;
  useEffect(() => setBadge(unread), [unread]);
  const me = useWhoami().data;
  const works = !!me && worksOnApplications({ openid: me.openid, grants: me.roles });

  // Signed in (the list answered): only then is the saved check offered.
  const signedIn = !!mine.data;
  return (
    <View className="page progress">
      <Text id="progress-title" className="page-title">
        {works ? '工作台' : '申报进度'}
      </Text>
      {works && me ? <WorkDesk me={me} /> : null}
      {savedCheck && signedIn ? (
        <StartApplication
          checkId={savedCheck}
          onCreated={(id) => {
            setSavedCheck('');
            setCreated(true);
            void mine.reload();
            openDetail(id);
          }}
          onDismiss={() => {
            Taro.removeStorageSync(SAVED_CHECK_KEY);
            setSavedCheck('');
          }}
        />
      ) : null}
      {created ? (
        <Notice kind="ok" id="start-created">
          已创建申报。请按提示准备材料，然后“提交单位审核”。
        </Notice>
      ) : null}
      <LoadState state={mine}>
        {(data) =>
          works && data.items.length === 0 ? null : (
            <Card id="my-apps" title="我的申报">
              {data.items.length === 0 ? (
                <Text id="my-apps-empty" className="card__text">
                  还没有申报。先到“自测”看看能申报什么职称，再点“据此申报”。
                </Text>
              ) : null}
              {data.items.map((item) => (
                <ApplicationCard key={item.id} item={item} onOpen={openDetail} />
              ))}
            </Card>
          )
        }
      </LoadState>
      {inbox.data ? (
        <InboxCard
          inbox={inbox.data}
          pending={read.pending}
          onOpen={(m) => {
            if (!m.read) void read.run({ ids: [m.id] }).then(() => inbox.reload());
            if (m.applicationId) openDetail(m.applicationId);
            else if (m.announcementId) void openPage(`/packages/notices/detail/index?id=${encodeURIComponent(m.announcementId)}`);
            else if (m.briefingId) void openPage(`/packages/notices/briefing/index?id=${encodeURIComponent(m.briefingId)}`);
          }}
          onReadAll={() => void read.run({ all: true }).then(() => inbox.reload())}
        />
      ) : null}
      <Card title="单位公示">
        <Text className="card__text">正在公示的申报人员名单，可以在公示期内提出异议。</Text>
        <ActionButton id="progress-notices" onPress={open('/packages/work/notices/index')}>
          查看公示
        </ActionButton>
      </Card>
    </View>
  );
}

export default Progress;
