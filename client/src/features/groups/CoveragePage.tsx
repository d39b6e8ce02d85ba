/**
 * 联络群覆盖 (`?district=`; without it a district officer's own district, a city officer picks one): the
 * district's numbers — non-public enterprises, covered (an HR active in any liaison group), not covered, the
 * percentage, groups — and the enterprises not covered yet, to work through: each with 邀请, which issues an
 * invitation code (identity.issueInvitation) shown under the row to pass on to the enterprise's HR. Paged.
 * Test hooks: #coverage-page (data-district), #coverage-district (radio rows, city officers without `?district=`),
 *   #coverage-enterprises, #coverage-covered, #coverage-uncovered, #coverage-percent, #coverage-groups (each
 *   data-n), #coverage-list, .coverage-org (data-org), .coverage-org__invite, .coverage-org__code, #coverage-empty,
 *   #coverage-more, #coverage-total, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { DISTRICTS, isDistrictCode, type DistrictCode } from '@shared/org/districts';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { useWhoami } from '../../hooks/use-whoami';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField } from '../../components/ChoiceField';
import { formatTime } from '../../services/dates';
import { ownDistrict, percentText } from './qa-views';
import '../notices/notices.scss';
import './qa.scss';

const PAGE_SIZE = 20;
type Uncovered = OutputOf<'groups', 'coverage'>['uncovered'][number];
type Invitation = OutputOf<'identity', 'issueInvitation'>;

function OrgRow({ org }: { org: Uncovered }) {
  const [issued, setIssued] = useState<Invitation | null>(null);
  const invite = useAction(api.identity.issueInvitation);
  const press = async () => {
    const r = await invite.run({ orgId: org.orgId });
    if (r?.ok) setIssued(r.data);
  };
  return (
    <View className="list-item coverage-org" data-org={org.orgId}>
      <Text className="list-item__title">{org.name}</Text>
      <Text className="list-item__meta">{[org.industry, `统一社会信用代码 ${org.usccMasked}`].filter(Boolean).join(' · ')}</Text>
      {issued ? (
        <View className="coverage-org__code" {...a11y({ role: 'status' })}>
          <Text className="card__hint">邀请码（交给该企业人事，在“我的 → 加入单位”输入）：</Text>
          <Text className="big-code" userSelect>
            {issued.code}
          </Text>
          <Text className="card__hint">{`有效期至 ${formatTime(issued.expiresAt)}，只能使用一次。`}</Text>
          <ActionButton small onPress={() => void Taro.setClipboardData({ data: issued.code })}>
            复制邀请码
          </ActionButton>
        </View>
      ) : (
        <ActionButton className="coverage-org__invite" small pending={invite.pending} onPress={() => void press()}>
          邀请
        </ActionButton>
      )}
      {invite.error ? <Notice kind="error">{invite.error.message}</Notice> : null}
    </View>
  );
}

function Figure({ id, label, n, text }: { id: string; label: string; n: number | null; text?: string }) {
  return (
    <View id={id} className="coverage-figure" data-n={n === null ? '' : String(n)}>
      <Text className="coverage-figure__n">{text ?? String(n)}</Text>
      <Text className="coverage-figure__label">{label}</Text>
    </View>
  );
}

function CoveragePage() {
  const { params } = useRouter();
  const who = useWhoami();
  const [picked, setPicked] = useState<DistrictCode | ''>('');
  const given = params.district && isDistrictCode(params.district) ? params.district : '';
  const own = ownDistrict(who.data);
  const district = given || picked || (own && isDistrictCode(own) ? own : '');
  const [more, setMore] = useState<Uncovered[]>([]);
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    if (!district) return new Promise<never>(() => undefined);
    return api.groups.coverage({ district, page: 1, pageSize: PAGE_SIZE });
  }, [district]);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.groups.coverage);
  const fetchMore = async () => {
    if (!district) return;
    const r = await loadMore.run({ district, page: page + 1, pageSize: PAGE_SIZE });
    if (r?.ok) {
      setMore((m) => [...m, ...r.data.uncovered]);
      setPage((p) => p + 1);
    }
  };
  // A city officer opening the page without a district picks one.
  const choose = !given && !own && !!who.data;

  return (
    <View className="page qa-page">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        联络群覆盖
      </Text>
      {choose ? (
        <Card>
          <ChoiceField
            id="coverage-district"
            label="旗县区"
            options={DISTRICTS.map((d) => ({ value: d.code, label: d.name }))}
            value={picked}
            onChange={setPicked}
          />
        </Card>
      ) : null}
      {district ? (
        <LoadState state={state}>
          {(data) => {
            const row = data.row;
            const list = [...data.uncovered, ...more.filter((m) => !data.uncovered.some((d) => d.orgId === m.orgId))];
            return (
              <View id="coverage-page" data-district={row.district}>
                <Card title={`${row.name}非公企业联络群覆盖`}>
                  <View className="coverage-figures">
                    <Figure id="coverage-percent" label="覆盖率" n={row.percent} text={percentText(row.percent)} />
                    <Figure id="coverage-enterprises" label="非公企业（家）" n={row.enterprises} />
                    <Figure id="coverage-covered" label="已入群（家）" n={row.covered} />
                    <Figure id="coverage-uncovered" label="未入群（家）" n={row.uncovered} />
                    <Figure id="coverage-groups" label="联络群（个）" n={row.groups} />
                  </View>
                  <Text className="card__hint">“已入群”：企业至少有 1 名人事在本区任一联络群的名册中。</Text>
                </Card>
                <Card title="还没有入群的企业">
                  <Text className="card__text">
                    逐个联系：点“邀请”生成邀请码，交给企业人事；对方加入单位后，在联络群里点开任意卡片即入名册。
                  </Text>
                  <Text id="coverage-total" className="card__hint" {...a11y({ role: 'status' })}>
                    {`共 ${data.total} 家，已显示 ${list.length} 家`}
                  </Text>
                  <View id="coverage-list">
                    {list.length === 0 ? (
                      <Text id="coverage-empty" className="card__text">
                        全部企业都已入群。
                      </Text>
                    ) : null}
                    {list.map((o) => (
                      <OrgRow key={o.orgId} org={o} />
                    ))}
                  </View>
                  {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
                  {list.length < data.total ? (
                    <ActionButton id="coverage-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
                      加载更多
                    </ActionButton>
                  ) : null}
                </Card>
              </View>
            );
          }}
        </LoadState>
      ) : null}
      {!district && who.error ? <LoadState state={who}>{() => null}</LoadState> : null}
    </View>
  );
}

export default CoveragePage;
