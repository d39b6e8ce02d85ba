/**
 * 发布范围: the target kinds the chosen capacity may use (rule announcement-publisher-reach): a city officer
 * anything; a district officer only their district (shown, not editable); employer HR their own staff; a
 * recommending body its members. Kinds combine with “并且”, choices within one kind with “或者”; a kind with
 * nothing chosen is 不限. The live count (announcements.reach) is the page's, shown under this field.
 * Test hooks: #target-roles, #target-districts, #target-district-fixed, #target-industries, #target-employer-add,
 *   .target-employer (data-id), #target-org-fixed, #target-title-series, #target-title-level, #target-title-clear,
 *   #target-elig-series, #target-elig-level, #target-elig-verdicts, #target-elig-clear
 */
import { Text, View } from '@tarojs/components';
import type { PublisherIdentity } from '@shared/announcements/publishers';
import type { AudienceRole, EligibilityVerdict, Target } from '@shared/announcements/target';
import { AUDIENCE_ROLE_LABELS, AUDIENCE_ROLES, ELIGIBILITY_VERDICTS } from '@shared/announcements/target';
import { DISTRICTS, districtName } from '@shared/org/districts';
import type { DistrictCode } from '@shared/org/districts';
import type { Industry } from '@shared/org/organizations';
import { INDUSTRIES } from '@shared/org/organizations';
import type { SeriesId } from '@shared/policy/series';
import { SERIES_CATALOGUE, SERIES_IDS } from '@shared/policy/series';
import type { TitleLevel } from '@shared/policy/vocabulary';
import { TITLE_LEVEL_LABELS, TITLE_LEVELS } from '@shared/policy/vocabulary';
import { VERDICT_LABELS } from '@shared/policy/types';
import { a11y } from '../../components/a11y';
import { FieldFooter } from '../../components/FieldFooter';
import { PickerField } from '../../components/PickerField';
import { CheckChips } from '../../components/CheckChips';

const ROLE_OPTIONS = AUDIENCE_ROLES.map((r) => ({ value: r, label: AUDIENCE_ROLE_LABELS[r] }));
const DISTRICT_OPTIONS = DISTRICTS.map((d) => ({ value: d.code as DistrictCode, label: d.name as string }));
const INDUSTRY_OPTIONS = INDUSTRIES.map((i) => ({ value: i as Industry, label: i as string }));
const SERIES_OPTIONS = SERIES_IDS.map((id) => ({ value: id, label: `${SERIES_CATALOGUE[id].name}系列` }));
const VERDICT_OPTIONS = ELIGIBILITY_VERDICTS.map((v) => ({ value: v as EligibilityVerdict, label: VERDICT_LABELS[v] }));
const ANY_LEVEL = 'any';

function levelOptions(series: SeriesId | undefined): { value: TitleLevel | typeof ANY_LEVEL; label: string }[] {
  if (!series) return [];
  const s = SERIES_CATALOGUE[series];
  return [
    { value: ANY_LEVEL, label: '不限级别' },
    ...TITLE_LEVELS.filter((l) => s.levels[l]).map((l) => ({
      value: l,
      label: `${TITLE_LEVEL_LABELS[l]} ${s.levels[l]?.titleName ?? ''}`.trim(),
    })),
  ];
}

export interface OrgOption {
  id: string;
  name: string;
}

function KindLabel({ text, none }: { text: string; none: boolean }) {
  return (
    <View className="target-kind__head">
      <Text className="field__label">{text}</Text>
      {none ? <Text className="target-kind__any">（不限）</Text> : null}
    </View>
  );
}

export function TargetBuilder({
  identity,
  target,
  onChange,
  employers,
  ownOrgName,
  error,
}: {
  identity: PublisherIdentity;
  target: Target;
  onChange: (t: Target) => void;
  /** Employers the capacity may name (officers): the organizations list. */
  employers: OrgOption[];
  /** The org publisher's own organization, by name. */
  ownOrgName?: string;
  error?: string;
}) {
  const set = (patch: Partial<Target>) => onChange({ ...target, ...patch });
  const officer = identity.role === 'city_officer' || identity.role === 'district_officer';
  const title = target.titles?.[0];
  const elig = target.eligibility?.[0];
  const chosenEmployers = target.employers ?? [];
  const addable = employers.filter((o) => !chosenEmployers.includes(o.id));

  return (
    <View
      id="compose-target"
      className={`field target ${error ? 'field--error' : ''}`}
      {...a11y({ role: 'group', 'aria-label': '发布范围' })}
    >
      <Text className="card__hint">以下条件同时满足的人才会收到；一项不选就是不限。</Text>

      <View className="target-kind">
        <KindLabel text="角色" none={!target.roles?.length} />
        <CheckChips
          id="target-roles"
          label="角色"
          options={ROLE_OPTIONS}
          value={target.roles ?? []}
          onChange={(v: AudienceRole[]) => set({ roles: v })}
        />
      </View>

      {identity.role === 'city_officer' ? (
        <View className="target-kind">
          <KindLabel text="旗县区" none={!target.districts?.length} />
          <CheckChips
            id="target-districts"
            label="旗县区"
            options={DISTRICT_OPTIONS}
            value={target.districts ?? []}
            onChange={(v) => set({ districts: v })}
          />
        </View>
      ) : null}
      {identity.scope.kind === 'district' ? (
        <View className="target-kind">
          <KindLabel text="旗县区" none={false} />
          <Text id="target-district-fixed" className="chip">{`仅本区：${districtName(identity.scope.district)}`}</Text>
          <Text className="field__hint">旗县区人社部门只能发给本旗县区。</Text>
        </View>
      ) : null}
      {identity.scope.kind === 'org' ? (
        <View className="target-kind">
          <KindLabel text={identity.role === 'employer_hr' ? '单位' : '推荐单位会员'} none={false} />
          <Text id="target-org-fixed" className="chip">
            {identity.role === 'employer_hr'
              ? `本单位职工${ownOrgName ? `：${ownOrgName}` : ''}`
              : `本单位会员${ownOrgName ? `：${ownOrgName}` : ''}`}
          </Text>
        </View>
      ) : null}

      {identity.role !== 'employer_hr' ? (
        <View className="target-kind">
          <KindLabel text="行业" none={!target.industries?.length} />
          <CheckChips
            id="target-industries"
            label="行业"
            options={INDUSTRY_OPTIONS}
            value={target.industries ?? []}
            onChange={(v) => set({ industries: v })}
          />
        </View>
      ) : null}

      {officer ? (
        <View className="target-kind">
          <KindLabel text="单位" none={!chosenEmployers.length} />
          {chosenEmployers.map((id) => (
            <View key={id} className="target-employer" data-id={id}>
              <Text className="target-employer__name">{employers.find((o) => o.id === id)?.name ?? id}</Text>
              <Text
                className="text-link"
                {...a11y({ role: 'button', tabIndex: 0, 'aria-label': `移除单位 ${employers.find((o) => o.id === id)?.name ?? id}` }, () =>
                  set({ employers: chosenEmployers.filter((x) => x !== id) }),
                )}
                onClick={() => set({ employers: chosenEmployers.filter((x) => x !== id) })}
              >
                移除
              </Text>
            </View>
          ))}
          {addable.length ? (
            <PickerField
              id="target-employer-add"
              label="添加单位"
              options={addable.map((o) => ({ value: o.id, label: o.name }))}
              value=""
              placeholder="点此选择单位（可多选）"
              onChange={(id) => set({ employers: [...chosenEmployers, id] })}
            />
          ) : null}
        </View>
      ) : null}

      <View className="target-kind">
        <KindLabel text="自测过的系列和级别" none={!title} />
        <PickerField
          id="target-title-series"
          label="系列"
          options={SERIES_OPTIONS}
          value={title?.series ?? ''}
          placeholder="不限"
          onChange={(series) => set({ titles: [{ series }] })}
        />
        {title ? (
          <>
            <PickerField
              id="target-title-level"
              label="级别"
              options={levelOptions(title.series)}
              value={title.level ?? ANY_LEVEL}
              onChange={(l) => set({ titles: [{ series: title.series, ...(l !== ANY_LEVEL ? { level: l as TitleLevel } : {}) }] })}
            />
            <Text
              id="target-title-clear"
              className="text-link"
              {...a11y({ role: 'button', tabIndex: 0 }, () => set({ titles: [] }))}
              onClick={() => set({ titles: [] })}
            >
              不限系列（清除）
            </Text>
          </>
        ) : null}
      </View>

      <View className="target-kind">
        <KindLabel text="自测结果" none={!elig} />
        <PickerField
          id="target-elig-series"
          label="自测的系列"
          options={SERIES_OPTIONS}
          value={elig?.series ?? ''}
          placeholder="不限"
          onChange={(series) => set({ eligibility: [{ series, verdicts: elig?.verdicts ?? ['likely'] }] })}
        />
        {elig ? (
          <>
            <PickerField
              id="target-elig-level"
              label="自测的级别"
              options={levelOptions(elig.series)}
              value={elig.level ?? ANY_LEVEL}
              onChange={(l) =>
                set({
                  eligibility: [{ series: elig.series, verdicts: elig.verdicts, ...(l !== ANY_LEVEL ? { level: l as TitleLevel } : {}) }],
                })
              }
            />
            <Text className="field__label">自测结果为</Text>
            <CheckChips
              id="target-elig-verdicts"
              label="自测结果为"
              options={VERDICT_OPTIONS}
              value={elig.verdicts}
              onChange={(verdicts) => set({ eligibility: [{ ...elig, verdicts }] })}
            />
            <Text
              id="target-elig-clear"
              className="text-link"
              {...a11y({ role: 'button', tabIndex: 0 }, () => set({ eligibility: [] }))}
              onClick={() => set({ eligibility: [] })}
            >
              不限自测结果（清除）
            </Text>
          </>
        ) : null}
      </View>
      <FieldFooter id="compose-target" error={error} />
    </View>
  );
}
