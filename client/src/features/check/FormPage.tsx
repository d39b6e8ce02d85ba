/**
 * 自测问卷: six short screens (fewer for public-sector staff), answers saved on every change (storage key
 * `checkDraft`) and restored on return; field-level messages from the engine's own schema under each
 * question; the result only once every screen is clean.
 * Test hooks:
 *   #check-form, #check-progress (「第 N 步，共 M 步」), #check-step-<work|education|periods|title|series|achievements>,
 *   questions by field path (features/check/services/issues.ts domIdOf): #check-sector, #check-employer-district,
 *   #check-employer-in-park, #check-archive-held-by, #check-education-level, #check-education-graduated-on,
 *   .check-period, #check-work-periods-<i>-from / -ongoing / -to / -kind / -note, #check-period-add,
 *   .check-period-remove, #check-has-title, #check-current-title-series / -level / -obtained-on, #check-has-skill,
 *   #check-skill-level / -obtained-on, #check-applied-series, #check-wanted-level, #check-round-id (#check-round-none),
 *   #check-achievements-intermediate / -deputy-senior / -engineering, #check-paper-replacements, #check-special,
 *   #check-talent-*, #check-major-contributions;
 *   choice options #<question id>-<value> (e.g. #check-sector-non_public_enterprise, #check-has-title-no);
 *   field errors #<question id>-error; #check-step-errors (this screen has errors), #check-server-issues,
 *   #check-prev, #check-next, #check-submit, #check-restart, #check-restored
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { openPage } from '../../services/navigation';
import { Text, View } from '@tarojs/components';
import type { Round } from '@shared/policy/calendar';
import { api } from '../../services/api';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { StepProgress } from '../../components/StepProgress';
import type { CheckForm } from './services/form';
import { COUNT_TO_TODAY } from './services/form';
import type { CheckDraft } from './services/draft';
import { clearDraft, hasAnswers, loadDraft, newDraft, pickRound, saveDraft, saveRounds } from './services/draft';
import { activeSteps, appliesTo, STEP_TITLES, type StepId } from './services/steps';
import { GENERAL, domIdOf, errorsByField, errorsOnStep, firstStepWithErrors, validateForm } from './services/issues';
import { today as todayInBaotou } from '../../services/dates';
import { AchievementsStep, EducationStep, PeriodsStep, SeriesStep, TitleStep, WorkStep, type RoundsState } from './form/steps';
import './FormPage.scss';

function useRounds(): RoundsState {
  const [state, setState] = useState<RoundsState>({ status: 'loading', items: [] });
  useEffect(() => {
    let live = true;
    void api.eligibility['rounds.list']({}).then((res) => {
      if (!live) return;
      if (res.ok) {
        saveRounds(res.data.items);
        setState({ status: 'ok', items: res.data.items });
      } else setState({ status: res.code === 'UNAUTHENTICATED' ? 'unauthenticated' : 'error', items: [] });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function scrollTo(selector: string | null) {
  try {
    void Promise.resolve(Taro.pageScrollTo(selector ? { selector, duration: 200, offsetTop: -80 } : { scrollTop: 0, duration: 0 })).catch(
      () => undefined,
    );
  } catch {
    // not supported: stay where we are
  }
}

function CheckFormPage() {
  const today = useMemo(todayInBaotou, []);
  const restored = useRef(hasAnswers(loadDraft()));
  const [draft, setDraft] = useState<CheckDraft>(() => loadDraft() ?? newDraft());
  /** Screens on which the person pressed 下一步 (their errors are shown from then on). */
  const [shown, setShown] = useState<StepId[]>([]);
  const rounds = useRounds();

  const form = draft.form;
  const steps = activeSteps(form);
  const step: StepId = (steps as string[]).includes(draft.step) ? (draft.step as StepId) : steps[0];
  const index = steps.indexOf(step);
  const applies = appliesTo(form, today);

  const written = useRef('');
  useEffect(() => {
    written.current = saveDraft({ ...draft, step, stepIndex: index, totalSteps: steps.length });
  }, [draft, step, index, steps.length]);
  // Back from the result page (issues the function found, or answers taken from a saved check): the
  // draft in storage is newer than this page's.
  useDidShow(() => {
    const stored = loadDraft();
    if (stored && written.current && stored.savedAt !== written.current) {
      setDraft(stored);
      setShown([]);
    }
  });

  // A round that is no longer published: back to 暂不选择 (the open round, if any, by default).
  useEffect(() => {
    if (rounds.status !== 'ok' || !form.roundId || form.roundId === 'none' || form.roundId === COUNT_TO_TODAY) return;
    if (!rounds.items.some((r) => r.id === form.roundId)) setDraft((d) => ({ ...d, form: { ...d.form, roundId: 'none' }, round: null }));
  }, [rounds, form.roundId]);

  const errors = useMemo(() => {
    const local = validateForm(form, today);
    // Issues the function found stay under their question until the next change.
    return { ...errorsByField(draft.serverIssues ?? []), ...local };
  }, [form, today, draft.serverIssues]);
  const serverStep = draft.serverIssues?.length ? firstStepWithErrors(errorsByField(draft.serverIssues), steps) : null;
  const visible = (s: StepId) => shown.includes(s) || s === serverStep;
  const err = (field: string) => (visible(step) ? errors[field] : undefined);
  const stepErrors = visible(step) ? errorsOnStep(errors, step) : {};

  const set = (patch: Partial<CheckForm>) => {
    restored.current = false;
    setDraft((d) => {
      const { serverIssues: _issues, savedId: _saved, ...rest } = d;
      return { ...rest, form: { ...d.form, ...patch }, completed: false };
    });
  };
  const goTo = (s: StepId) => {
    setDraft((d) => ({ ...d, step: s }));
    scrollTo(null);
  };

  const showFirstError = (onStep: StepId) => {
    const first = Object.keys(errorsOnStep(errors, onStep)).find((f) => f !== GENERAL);
    scrollTo(first ? `#${domIdOf(first)}` : null);
  };

  const next = () => {
    setShown((s) => (s.includes(step) ? s : [...s, step]));
    if (Object.keys(errorsOnStep(errors, step)).length) {
      showFirstError(step);
      return;
    }
    goTo(steps[index + 1]);
  };

  const submit = () => {
    setShown([...steps]);
    const bad = firstStepWithErrors(errors, steps);
    if (bad) {
      if (bad !== step) setDraft((d) => ({ ...d, step: bad }));
      setTimeout(() => showFirstError(bad), 50);
      return;
    }
    const done: CheckDraft = { ...draft, step, stepIndex: index, totalSteps: steps.length, completed: true };
    setDraft(done);
    written.current = saveDraft(done);
    void openPage('/packages/check/result/index');
  };

  const restart = async () => {
    const { confirm } = await Taro.showModal({
      title: '重新填写',
      content: '清空已填写的全部内容，从第一步开始？',
      confirmText: '清空',
      cancelText: '取消',
    });
    if (!confirm) return;
    clearDraft();
    restored.current = false;
    setShown([]);
    setDraft(newDraft());
    scrollTo(null);
  };

  const onRound = (round: Round | null) => setDraft((d) => ({ ...d, round: round && pickRound(round) }));
  const props = { form, applies, today, err, set };
  const last = index === steps.length - 1;

  return (
    <View id="check-form" className="page check-form">
      <StepProgress index={index} total={steps.length} title={STEP_TITLES[step]} />
      {restored.current ? (
        <Notice kind="info" id="check-restored">
          已恢复您上次填写的内容，可以接着填；想从头来，请点页面下方的“重新填写”。
        </Notice>
      ) : null}
      {draft.serverIssues?.length && serverStep === step ? (
        <Notice kind="error" id="check-server-issues">
          云端复核发现下面标红的内容需要修改。
        </Notice>
      ) : null}
      {Object.keys(stepErrors).length ? (
        <Notice kind="error" id="check-step-errors">
          {stepErrors[GENERAL] ?? '请先修改标红的地方，再继续。'}
        </Notice>
      ) : null}

      <View id={`check-step-${step}`} className="check-form__step">
        {step === 'work' ? <WorkStep {...props} /> : null}
        {step === 'education' ? <EducationStep {...props} /> : null}
        {step === 'periods' ? <PeriodsStep {...props} /> : null}
        {step === 'title' ? <TitleStep {...props} /> : null}
        {step === 'series' ? <SeriesStep {...props} rounds={rounds} onRound={onRound} /> : null}
        {step === 'achievements' ? <AchievementsStep {...props} /> : null}
      </View>

      <View className="btn-row">
        {index > 0 ? (
          <ActionButton id="check-prev" onPress={() => goTo(steps[index - 1])}>
            上一步
          </ActionButton>
        ) : null}
        {last ? (
          <ActionButton id="check-submit" kind="primary" onPress={submit}>
            查看结果
          </ActionButton>
        ) : (
          <ActionButton id="check-next" kind="primary" onPress={next}>
            下一步
          </ActionButton>
        )}
      </View>
      <Text className="check-form__saved">您填写的内容会自动保存在本机，下次打开可以接着填。</Text>
      <Text id="check-restart" className="text-link check-form__restart" onClick={() => void restart()}>
        重新填写
      </Text>
    </View>
  );
}

export default CheckFormPage;
