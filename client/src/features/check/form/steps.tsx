/**
 * The questionnaire's six screens. Each question has a one-line 说明 (why it matters, citing the clause);
 * questions that cannot matter for this person are not shown (rules in features/check/services/steps.ts).
 */
import { Text, View } from '@tarojs/components';
import { article2Options } from '@shared/policy/questions';
import { EDUCATION_LABELS } from '@shared/policy/vocabulary';
import type { Round } from '@shared/policy/calendar';
import { chooseRound } from '@shared/policy/calendar';
import { ChoiceField, YES_NO, YES_NO_UNSURE } from '../../../components/ChoiceField';
import type { Choice } from '../../../components/ChoiceField';
import { MultiChoiceField } from '../../../components/MultiChoiceField';
import { DateField } from '../../../components/DateField';
import { PickerField } from '../../../components/PickerField';
import { TextField } from '../../../components/TextField';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import type { Applies, Answer, CheckForm, PeriodForm } from '../services/form';
import { COUNT_TO_TODAY, MAX_PERIODS, newPeriod } from '../services/form';
import { domIdOf } from '../services/issues';
import { formatDate } from '../../../services/dates';
import {
  ARCHIVE_OPTIONS,
  CONTRIBUTION_OPTIONS,
  DISTRICT_OPTIONS,
  educationOptions,
  HAVE_OPTIONS,
  PAPER_OPTIONS,
  PARK_OPTIONS,
  PERIOD_STATE_OPTIONS,
  SECTOR_OPTIONS,
  SERIES_OPTIONS,
  SKILL_OPTIONS,
  WANTED_OPTIONS,
  WORK_KIND_OPTIONS,
  seriesMethods,
  titleLevelOptions,
  STANDING_SHORT,
} from './options';

/** 第二条's 副高级 path in words: the education and years come from the clause as it stands on `asOf` (shared/policy/questions). */
function deputySeniorExplain(asOf: string): string {
  return `第二条：${article2Options('deputy_senior', asOf)
    .map((o) => `${STANDING_SHORT[o.education] ?? EDUCATION_LABELS[o.education]}毕业满 ${o.years} 年`)
    .join('或')}、业绩达到副高级条件，可以直接申报副高级。`;
}

export interface RoundsState {
  status: 'loading' | 'ok' | 'unauthenticated' | 'error';
  items: Round[];
}

export interface StepProps {
  form: CheckForm;
  applies: Applies;
  today: string;
  /** The shown error of a question (by field path), if any. */
  err: (field: string) => string | undefined;
  set: (patch: Partial<CheckForm>) => void;
}

const id = domIdOf;

export function WorkStep({ form, applies, err, set }: StepProps) {
  return (
    <Card>
      <ChoiceField
        id={id('sector')}
        label="您的单位是什么性质？"
        explain="本细则专为非公领域（民营企业、社会组织、灵活就业）而定；事业单位、国企、机关按各系列评审标准申报（第二条、第七条、第八条）。"
        options={SECTOR_OPTIONS}
        value={form.sector}
        error={err('sector')}
        onChange={(sector) => set({ sector })}
      />
      {applies.employerDistrict ? (
        <PickerField
          id={id('employerDistrict')}
          label="单位在哪个旗县区？（选填）"
          explain="按属地就近原则，可由单位所在地的旗县区人社部门推荐报送（第一条）。"
          options={DISTRICT_OPTIONS}
          value={form.employerDistrict}
          placeholder="点此选择旗县区"
          error={err('employerDistrict')}
          onChange={(employerDistrict) => set({ employerDistrict })}
        />
      ) : null}
      {applies.employerInPark ? (
        <ChoiceField
          id={id('employerInPark')}
          label="单位在创业孵化基地、高新区或科技园区里吗？"
          explain="园区里可能设有职称申报受理服务点，可以就近申报（第一条）。"
          options={PARK_OPTIONS}
          inline
          value={form.employerInPark}
          error={err('employerInPark')}
          onChange={(employerInPark) => set({ employerInPark })}
        />
      ) : null}
      {applies.archiveHeldBy ? (
        <ChoiceField
          id={id('archiveHeldBy')}
          label="您的人事档案放在哪里？"
          explain="档案存放在人才交流服务机构的，可以由它推荐报送（第一条）。"
          options={ARCHIVE_OPTIONS}
          value={form.archiveHeldBy}
          error={err('archiveHeldBy')}
          onChange={(archiveHeldBy) => set({ archiveHeldBy })}
        />
      ) : null}
    </Card>
  );
}

export function EducationStep({ form, applies, today, err, set }: StepProps) {
  return (
    <Card>
      <ChoiceField
        id={id('education.level')}
        label="您的最高学历是？"
        explain="第二条按本科、大专区分年限；技工院校的班次按第七条折算学历。"
        options={educationOptions(today)}
        value={form.educationLevel}
        error={err('education.level')}
        onChange={(educationLevel) => set({ educationLevel })}
      />
      {applies.graduatedOn ? (
        <DateField
          id={id('education.graduatedOn')}
          label="最高学历的毕业时间"
          explain="工作年限从最高学历毕业后算起（第二条）。以毕业证书上的日期为准。"
          value={form.graduatedOn}
          end={today}
          initial={`${Number(today.slice(0, 4)) - 10}-07-01`}
          error={err('education.graduatedOn')}
          onChange={(graduatedOn) => set({ graduatedOn })}
        />
      ) : null}
    </Card>
  );
}

function PeriodCard({
  index,
  period,
  count,
  form,
  today,
  err,
  onChange,
  onRemove,
}: {
  index: number;
  period: PeriodForm;
  count: number;
  form: CheckForm;
  today: string;
  err: StepProps['err'];
  onChange: (patch: Partial<PeriodForm>) => void;
  onRemove: () => void;
}) {
  const f = (name: string) => `workPeriods.${index}.${name}`;
  const previous = index > 0 ? form.periods[index - 1] : null;
  const initialFrom = previous?.to || (index === 0 ? form.graduatedOn : '') || undefined;
  return (
    <Card className="check-period">
      <View className="check-period__head">
        <Text className="card__title">第 {index + 1} 段工作</Text>
        {count > 1 ? (
          <Text className="text-link check-period-remove" onClick={onRemove}>
            删除这段
          </Text>
        ) : null}
      </View>
      {err(`workPeriods.${index}`) ? <Notice kind="error">{err(`workPeriods.${index}`)}</Notice> : null}
      <DateField
        id={id(f('from'))}
        label="开始日期"
        value={period.from}
        end={today}
        {...(initialFrom ? { initial: initialFrom } : {})}
        error={err(f('from'))}
        onChange={(from) => onChange({ from })}
      />
      <ChoiceField
        id={id(f('ongoing'))}
        label="这段工作现在还在做吗？"
        options={PERIOD_STATE_OPTIONS}
        inline
        value={period.ongoing}
        error={err(f('ongoing'))}
        onChange={(ongoing) => onChange({ ongoing })}
      />
      {period.ongoing === 'no' ? (
        <DateField
          id={id(f('to'))}
          label="结束日期"
          value={period.to}
          end={today}
          {...(period.from ? { initial: period.from } : {})}
          error={err(f('to'))}
          onChange={(to) => onChange({ to })}
        />
      ) : null}
      <ChoiceField
        id={id(f('kind'))}
        label="这段做的是哪一类工作？"
        explain="第二条只算专业技术工作，第七条只算技术技能工作，两类年限分开算。"
        options={WORK_KIND_OPTIONS}
        value={period.kind}
        error={err(f('kind'))}
        onChange={(kind) => onChange({ kind })}
      />
      <TextField
        id={id(f('note'))}
        label="单位和岗位（选填）"
        value={period.note}
        placeholder="例如：某稀土公司 工艺技术员"
        maxlength={60}
        error={err(f('note'))}
        onChange={(note) => onChange({ note })}
      />
    </Card>
  );
}

export function PeriodsStep({ form, today, err, set }: StepProps) {
  const update = (i: number, patch: Partial<PeriodForm>) =>
    set({ periods: form.periods.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <View id="check-periods">
      <Text className="page-lead">
        请按时间先后填写毕业后的每段工作（换过单位或岗位就分段）。年限按天累计，重叠的日子只算一次（第二条、第七条）。
      </Text>
      {err('workPeriods') ? (
        <Notice kind="error" id="check-work-periods-error">
          {err('workPeriods')}
        </Notice>
      ) : null}
      {form.periods.map((p, i) => (
        <PeriodCard
          key={p.key}
          index={i}
          period={p}
          count={form.periods.length}
          form={form}
          today={today}
          err={err}
          onChange={(patch) => update(i, patch)}
          onRemove={() => set({ periods: form.periods.filter((_, j) => j !== i) })}
        />
      ))}
      {form.periods.length < MAX_PERIODS ? (
        <ActionButton id="check-period-add" onPress={() => set({ periods: [...form.periods, newPeriod()] })}>
          ＋ 再添加一段工作经历
        </ActionButton>
      ) : null}
    </View>
  );
}

export function TitleStep({ form, applies, today, err, set }: StepProps) {
  return (
    <Card>
      <ChoiceField
        id={id('client.hasTitle')}
        label="您现在有职称吗？"
        explain="已有同系列同级或更高职称的，这一级不用再申报；没有职称也可以直接申报中级（第二条）。"
        options={HAVE_OPTIONS}
        inline
        value={form.hasTitle}
        error={err('client.hasTitle')}
        onChange={(hasTitle) => set({ hasTitle })}
      />
      {form.hasTitle === 'yes' ? (
        <View className="check-sub">
          <PickerField
            id={id('currentTitle.series')}
            label="职称系列"
            options={SERIES_OPTIONS}
            value={form.titleSeries}
            placeholder="点此选择系列"
            error={err('currentTitle.series')}
            onChange={(titleSeries) => set({ titleSeries, titleLevel: '' })}
          />
          {form.titleSeries ? (
            <ChoiceField
              id={id('currentTitle.level')}
              label="职称级别"
              options={titleLevelOptions(form.titleSeries)}
              value={form.titleLevel}
              error={err('currentTitle.level')}
              onChange={(titleLevel) => set({ titleLevel })}
            />
          ) : null}
          <DateField
            id={id('currentTitle.obtainedOn')}
            label="取得这个职称的时间"
            value={form.titleObtainedOn}
            end={today}
            error={err('currentTitle.obtainedOn')}
            onChange={(titleObtainedOn) => set({ titleObtainedOn })}
          />
        </View>
      ) : null}
      {applies.skill ? (
        <ChoiceField
          id={id('client.hasSkill')}
          label="您有高级工、技师或高级技师证书吗？"
          explain="职业资格或职业技能等级证书都算；有的可以评工程技术系列职称（第七条）。"
          options={HAVE_OPTIONS}
          inline
          value={form.hasSkill}
          error={err('client.hasSkill')}
          onChange={(hasSkill) => set({ hasSkill })}
        />
      ) : null}
      {applies.skill && form.hasSkill === 'yes' ? (
        <View className="check-sub">
          <ChoiceField
            id={id('skill.level')}
            label="最高的技能等级"
            options={SKILL_OPTIONS}
            inline
            value={form.skillLevel}
            error={err('skill.level')}
            onChange={(skillLevel) => set({ skillLevel })}
          />
          <DateField
            id={id('skill.obtainedOn')}
            label="取得这个等级的时间"
            explain="年限从取得技能等级之日算起（第七条）。"
            value={form.skillObtainedOn}
            end={today}
            error={err('skill.obtainedOn')}
            onChange={(skillObtainedOn) => set({ skillObtainedOn })}
          />
        </View>
      ) : null}
    </Card>
  );
}

export function SeriesStep({
  form,
  today,
  err,
  set,
  rounds,
  onRound,
}: StepProps & { rounds: RoundsState; onRound: (round: Round | null) => void }) {
  // Which round 暂不选择 counts to is the engine's rule (interpretation seniority-counted-to-cutoff), asked here.
  const choice = chooseRound({ asOf: today, rounds: rounds.items });
  const byDefault = choice.round;
  const roundChoices: Choice[] = [
    {
      value: 'none',
      label: '暂不选择',
      hint: byDefault
        ? `按正在申报的“${byDefault.name}”计算：年限算到 ${formatDate(byDefault.seniorityCutoff)}`
        : '目前没有正在申报的轮次，工作年限先算到今天',
    },
    ...(byDefault ? [{ value: COUNT_TO_TODAY, label: '按今天计算', hint: '不按评审轮次，工作年限算到今天' }] : []),
    ...rounds.items.map((r) => ({
      value: r.id,
      label: r.name,
      hint: `${choice.open.some((o) => o.id === r.id) ? '正在申报' : '尚未开始'}：申报 ${formatDate(r.applyFrom)} 至 ${formatDate(r.applyTo)}；年限算到 ${formatDate(r.seniorityCutoff)}`,
    })),
  ];
  return (
    <Card>
      <PickerField
        id={id('appliedSeries')}
        label="您想申报哪个系列的职称？"
        explain="按您的专业选；不同系列取得方式不同，有的评审，有的考试。"
        options={SERIES_OPTIONS}
        value={form.appliedSeries}
        placeholder="点此选择系列，如工程技术系列"
        error={err('appliedSeries')}
        onChange={(appliedSeries) => set({ appliedSeries })}
      />
      {form.appliedSeries ? <Text className="field__hint check-series-methods">{seriesMethods(form.appliedSeries)}</Text> : null}
      <View className="check-gap" />
      <ChoiceField
        id={id('client.wantedLevel')}
        label="您想申报哪一级？"
        explain="只用来把您关心的结果排在前面，不影响判断。"
        options={WANTED_OPTIONS}
        value={form.wantedLevel}
        onChange={(wantedLevel) => set({ wantedLevel })}
      />
      {rounds.status === 'ok' && rounds.items.length > 0 ? (
        <ChoiceField
          id={id('roundId')}
          label="准备参加哪一轮评审？"
          explain="“满 N 年”算到评审轮次公布的年限计算截止日；暂不选择就按正在申报的那一轮算（第二条、附件2 第二项）。"
          options={roundChoices}
          value={form.roundId || 'none'}
          error={err('roundId')}
          onChange={(roundId) => {
            set({ roundId });
            onRound(rounds.items.find((r) => r.id === roundId) ?? null);
          }}
        />
      ) : (
        <Text id="check-round-none" className="field__hint">
          {rounds.status === 'loading'
            ? '正在查询市人社局发布的评审轮次…'
            : rounds.status === 'ok'
              ? '市人社局还没有在本程序发布正在申报或即将开始的评审轮次，工作年限先算到今天。'
              : '暂时没有查到市人社局发布的评审轮次，工作年限先算到今天；查看结果时会再查一次。'}
        </Text>
      )}
    </Card>
  );
}

export function AchievementsStep({ form, applies, today, err, set }: StepProps) {
  const answer = (field: string, key: keyof CheckForm, label: string, explain: string) => (
    <ChoiceField
      id={id(field)}
      label={label}
      explain={explain}
      options={YES_NO_UNSURE}
      inline
      value={form[key] as Answer}
      error={err(field)}
      onChange={(v) => set({ [key]: v } as Partial<CheckForm>)}
    />
  );
  return (
    <>
      <Card>
        <Notice kind="info">业绩成果条件在各系列的《评审标准》里，本程序无法核验，请您对照标准自己判断；拿不准就选“不确定”。</Notice>
        {applies.achIntermediate
          ? answer(
              'achievements.intermediate',
              'achIntermediate',
              '您的业绩成果达到本系列中级职称的要求了吗？',
              '第二条：符合相关中级职称业绩成果条件，才能直接申报中级。',
            )
          : null}
        {applies.achDeputySenior
          ? answer(
              'achievements.deputySenior',
              'achDeputySenior',
              '您的业绩成果达到本系列副高级职称的要求了吗？',
              deputySeniorExplain(today),
            )
          : null}
        {applies.achEngineering
          ? answer(
              'achievements.engineering',
              'achEngineering',
              '您的业绩成果达到工程系列相应职称的要求了吗？',
              '第七条：技能人才申报工程系列，业绩也要符合工程系列的要求。',
            )
          : null}
        {applies.paperReplacements ? (
          <MultiChoiceField
            id={id('paperReplacements')}
            label="您有下面这些成果吗？（可多选，没有就不选）"
            explain="没有论文也可以用这些成果代替（第三条）。"
            options={PAPER_OPTIONS}
            value={form.paperReplacements}
            error={err('paperReplacements')}
            onChange={(paperReplacements) => set({ paperReplacements })}
          />
        ) : null}
      </Card>
      {applies.special ? (
        <Card>
          <ChoiceField
            id={id('client.special')}
            label="您是引进的高层次人才、我市急需紧缺人才，或者有重大贡献吗？"
            explain="是的话可以走绿色通道，或直接申报高级职称（第八条）；大多数人选“否”。"
            options={YES_NO}
            inline
            value={form.special}
            error={err('client.special')}
            onChange={(special) => set({ special })}
          />
          {form.special === 'yes' ? (
            <View className="check-sub">
              {answer(
                'talent.recognizedHighLevel',
                'recognizedHighLevel',
                '是否已按《包头市高层次人才认定标准（2021）》认定为高层次人才？',
                '附件1：经认定的引进人才可以走绿色通道。',
              )}
              {answer(
                'talent.broughtInByNonPublicFirm',
                'broughtInByNonPublicFirm',
                '是否由非公企业引进？',
                '第八条：非公企业引进的高层次人才。',
              )}
              {answer(
                'talent.keyIndustryUrgentNeed',
                'keyIndustryUrgentNeed',
                '是否属于我市重点行业、重点领域急需紧缺人才？',
                '第八条：是否属于由人社部门一事一议认定。',
              )}
              <MultiChoiceField
                id={id('majorContributions')}
                label="您有下面哪些重大贡献？（可多选）"
                explain="第八条：有这些贡献的，可以直接申报高级职称。"
                options={CONTRIBUTION_OPTIONS}
                value={form.majorContributions}
                error={err('majorContributions')}
                onChange={(majorContributions) => set({ majorContributions })}
              />
            </View>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
