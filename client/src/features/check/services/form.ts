/**
 * The self-check questionnaire's answers as the form holds them (strings and tri-state answers, nothing
 * undefined, so they survive storage), and the two conversions: form → the engine's profile input
 * (only the questions that apply; unanswered ones left out so the schema names them) and a saved
 * profile → form (to edit a check from the history). No engine or schema imports here: the 自测 tab
 * reads drafts through this module and must stay light.
 */
import type { ProfileInput } from '@shared/policy/profile';

/** A yes/no question: '' = not answered yet; 'unsure' = answered 「不确定」 (the engine reports it as unknown). */
export type Answer = '' | 'yes' | 'no' | 'unsure';

/** The round question's value for 「按今天计算」 (the person chose not to count to a round). */
export const COUNT_TO_TODAY = 'today';

export interface PeriodForm {
  /** Stable key for the list (not sent). */
  key: string;
  from: string;
  /** '' = not answered; 'yes' = 至今仍在做 (no end date); 'no' = ended on `to`. */
  ongoing: Answer;
  to: string;
  kind: string;
  note: string;
}

export interface CheckForm {
  // 1 工作单位
  sector: string;
  employerDistrict: string;
  employerInPark: Answer;
  archiveHeldBy: string;
  // 2 学历
  educationLevel: string;
  graduatedOn: string;
  // 3 工作经历
  periods: PeriodForm[];
  // 4 职称和技能等级
  hasTitle: Answer;
  titleSeries: string;
  titleLevel: string;
  titleObtainedOn: string;
  hasSkill: Answer;
  skillLevel: string;
  skillObtainedOn: string;
  // 5 申报什么
  appliedSeries: string;
  /** Client only: the level the person hopes for; orders the result, never sent. */
  wantedLevel: string;
  /**
   * '' or 'none' (暂不选择) = not chosen: the engine counts to the open published round's cut-off, if any;
   * 'today' = the person chose to count to today; else a published round's id.
   */
  roundId: string;
  // 6 业绩成果
  achIntermediate: Answer;
  achDeputySenior: Answer;
  achEngineering: Answer;
  paperReplacements: string[];
  /** 第八条 gate: 引进的高层次人才 / 急需紧缺人才 / 重大贡献? */
  special: Answer;
  recognizedHighLevel: Answer;
  broughtInByNonPublicFirm: Answer;
  keyIndustryUrgentNeed: Answer;
  majorContributions: string[];
}

let keySeq = 0;
export function newPeriod(from = ''): PeriodForm {
  keySeq += 1;
  return { key: `p${Date.now().toString(36)}${keySeq}`, from, ongoing: '', to: '', kind: '', note: '' };
}

export function emptyForm(): CheckForm {
  return {
    sector: '',
    employerDistrict: '',
    employerInPark: '',
    archiveHeldBy: '',
    educationLevel: '',
    graduatedOn: '',
    periods: [newPeriod()],
    hasTitle: '',
    titleSeries: '',
    titleLevel: '',
    titleObtainedOn: '',
    hasSkill: '',
    skillLevel: '',
    skillObtainedOn: '',
    appliedSeries: '',
    wantedLevel: '',
    roundId: '',
    achIntermediate: '',
    achDeputySenior: '',
    achEngineering: '',
    paperReplacements: [],
    special: '',
    recognizedHighLevel: '',
    broughtInByNonPublicFirm: '',
    keyIndustryUrgentNeed: '',
    majorContributions: [],
  };
}

/** Caps what storage may hand back: no field grows without bound, whatever was stored. */
export const MAX_PERIODS = 20;
const MAX_TEXT = 200;

const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : '');
const ans = (v: unknown): Answer => (v === 'yes' || v === 'no' || v === 'unsure' ? v : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 10) : []);

/**
 * Whatever storage holds → a well-formed form. Types are enforced; values are kept as they are (an unknown
 * level stays, so the schema reports it under its question rather than the form silently dropping it).
 */
export function normalizeForm(raw: unknown): CheckForm {
  const base = emptyForm();
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as Record<string, unknown>;
  const periods = Array.isArray(r.periods)
    ? r.periods.slice(0, MAX_PERIODS).map((p) => {
        const q = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
        const np = newPeriod();
        return {
          key: str(q.key) || np.key,
          from: str(q.from),
          ongoing: ans(q.ongoing),
          to: str(q.to),
          kind: str(q.kind),
          note: str(q.note),
        };
      })
    : base.periods;
  return {
    sector: str(r.sector),
    employerDistrict: str(r.employerDistrict),
    employerInPark: ans(r.employerInPark),
    archiveHeldBy: str(r.archiveHeldBy),
    educationLevel: str(r.educationLevel),
    graduatedOn: str(r.graduatedOn),
    periods: periods.length ? periods : [newPeriod()],
    hasTitle: ans(r.hasTitle),
    titleSeries: str(r.titleSeries),
    titleLevel: str(r.titleLevel),
    titleObtainedOn: str(r.titleObtainedOn),
    hasSkill: ans(r.hasSkill),
    skillLevel: str(r.skillLevel),
    skillObtainedOn: str(r.skillObtainedOn),
    appliedSeries: str(r.appliedSeries),
    wantedLevel: str(r.wantedLevel),
    roundId: str(r.roundId),
    achIntermediate: ans(r.achIntermediate),
    achDeputySenior: ans(r.achDeputySenior),
    achEngineering: ans(r.achEngineering),
    paperReplacements: strs(r.paperReplacements),
    special: ans(r.special),
    recognizedHighLevel: ans(r.recognizedHighLevel),
    broughtInByNonPublicFirm: ans(r.broughtInByNonPublicFirm),
    keyIndustryUrgentNeed: ans(r.keyIndustryUrgentNeed),
    majorContributions: strs(r.majorContributions),
  };
}

/** 'yes' → true, 'no' → false, anything else → not answered (the engine reports it as 需要您确认). */
export function answerValue(a: Answer): boolean | undefined {
  return a === 'yes' ? true : a === 'no' ? false : undefined;
}

function fromAnswer(v: unknown): Answer {
  return v === true ? 'yes' : v === false ? 'no' : '';
}

const opt = (v: string) => (v === '' ? undefined : v);

/** Which questions apply; decided by the step rules (steps.ts) and passed in, so this module stays light. */
export interface Applies {
  employerDistrict: boolean;
  employerInPark: boolean;
  archiveHeldBy: boolean;
  graduatedOn: boolean;
  skill: boolean;
  achIntermediate: boolean;
  achDeputySenior: boolean;
  achEngineering: boolean;
  paperReplacements: boolean;
  special: boolean;
}

/**
 * The engine's profile from the answers that apply. Left-out questions stay out (the engine reports
 * them as unknown where they matter); required ones left empty are sent as absent so the schema says
 * 「请选择…」 under the question.
 */
export function toProfile(form: CheckForm, applies: Applies): ProfileInput {
  const p: Record<string, unknown> = {};
  if (form.sector) p.sector = form.sector;
  p.education = {
    ...(form.educationLevel ? { level: form.educationLevel } : {}),
    ...(applies.graduatedOn && form.graduatedOn ? { graduatedOn: form.graduatedOn } : {}),
  };
  p.workPeriods = form.periods.map((w) => ({
    ...(w.from ? { from: w.from } : {}),
    to: w.ongoing === 'no' ? opt(w.to) : null,
    ...(w.kind ? { kind: w.kind } : {}),
    ...(w.note.trim() ? { note: w.note } : {}),
  }));
  if (form.hasTitle === 'yes') {
    p.currentTitle = {
      ...(form.titleSeries ? { series: form.titleSeries } : {}),
      ...(form.titleLevel ? { level: form.titleLevel } : {}),
      ...(form.titleObtainedOn ? { obtainedOn: form.titleObtainedOn } : {}),
    };
  } else if (form.hasTitle === 'no') p.currentTitle = null;
  if (applies.skill && form.hasSkill === 'yes') {
    p.skill = {
      ...(form.skillLevel ? { level: form.skillLevel } : {}),
      ...(form.skillObtainedOn ? { obtainedOn: form.skillObtainedOn } : {}),
    };
  } else if (applies.skill && form.hasSkill === 'no') p.skill = null;
  if (form.appliedSeries) p.appliedSeries = form.appliedSeries;
  const achievements: Record<string, boolean> = {};
  const put = (key: string, on: boolean, a: Answer) => {
    const v = on ? answerValue(a) : undefined;
    if (v !== undefined) achievements[key] = v;
  };
  put('intermediate', applies.achIntermediate, form.achIntermediate);
  put('deputySenior', applies.achDeputySenior, form.achDeputySenior);
  put('engineering', applies.achEngineering, form.achEngineering);
  if (Object.keys(achievements).length) p.achievements = achievements;
  if (applies.paperReplacements) p.paperReplacements = form.paperReplacements;
  if (applies.special && form.special === 'no') {
    p.talent = { recognizedHighLevel: false, broughtInByNonPublicFirm: false, keyIndustryUrgentNeed: false };
    p.majorContributions = [];
  } else if (applies.special && form.special === 'yes') {
    const talent: Record<string, boolean> = {};
    const t = (key: string, a: Answer) => {
      const v = answerValue(a);
      if (v !== undefined) talent[key] = v;
    };
    t('recognizedHighLevel', form.recognizedHighLevel);
    t('broughtInByNonPublicFirm', form.broughtInByNonPublicFirm);
    t('keyIndustryUrgentNeed', form.keyIndustryUrgentNeed);
    p.talent = talent;
    p.majorContributions = form.majorContributions;
  }
  if (applies.employerDistrict && form.employerDistrict) p.employerDistrict = form.employerDistrict;
  if (applies.employerInPark) {
    const v = answerValue(form.employerInPark);
    if (v !== undefined) p.employerInPark = v;
  }
  if (applies.archiveHeldBy && form.archiveHeldBy) p.archiveHeldBy = form.archiveHeldBy;
  return p as ProfileInput;
}

/** A saved profile (history) → the form, so a past check can be edited and run again. */
export function fromProfile(profile: Record<string, unknown>): CheckForm {
  const f = emptyForm();
  const p = profile as Partial<Record<string, unknown>> & Record<string, unknown>;
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  f.sector = str(p.sector);
  f.employerDistrict = str(p.employerDistrict);
  f.employerInPark = fromAnswer(p.employerInPark);
  f.archiveHeldBy = str(p.archiveHeldBy);
  const edu = obj(p.education);
  f.educationLevel = str(edu?.level);
  f.graduatedOn = str(edu?.graduatedOn);
  if (Array.isArray(p.workPeriods) && p.workPeriods.length) {
    f.periods = p.workPeriods.slice(0, MAX_PERIODS).map((raw) => {
      const w = obj(raw) ?? {};
      const ended = typeof w.to === 'string' && w.to !== '';
      return { ...newPeriod(str(w.from)), ongoing: ended ? 'no' : 'yes', to: ended ? str(w.to) : '', kind: str(w.kind), note: str(w.note) };
    });
  }
  const title = obj(p.currentTitle);
  f.hasTitle = title ? 'yes' : p.currentTitle === null ? 'no' : '';
  f.titleSeries = str(title?.series);
  f.titleLevel = str(title?.level);
  f.titleObtainedOn = str(title?.obtainedOn);
  const skill = obj(p.skill);
  f.hasSkill = skill ? 'yes' : p.skill === null ? 'no' : '';
  f.skillLevel = str(skill?.level);
  f.skillObtainedOn = str(skill?.obtainedOn);
  f.appliedSeries = str(p.appliedSeries);
  const ach = obj(p.achievements);
  f.achIntermediate = fromAnswer(ach?.intermediate);
  f.achDeputySenior = fromAnswer(ach?.deputySenior);
  f.achEngineering = fromAnswer(ach?.engineering);
  f.paperReplacements = strs(p.paperReplacements);
  const talent = obj(p.talent);
  const contributions = strs(p.majorContributions);
  if (talent) {
    const allNo =
      talent.recognizedHighLevel === false && talent.broughtInByNonPublicFirm === false && talent.keyIndustryUrgentNeed === false;
    f.special = allNo && contributions.length === 0 ? 'no' : 'yes';
    f.recognizedHighLevel = fromAnswer(talent.recognizedHighLevel);
    f.broughtInByNonPublicFirm = fromAnswer(talent.broughtInByNonPublicFirm);
    f.keyIndustryUrgentNeed = fromAnswer(talent.keyIndustryUrgentNeed);
  } else if (contributions.length) f.special = 'yes';
  f.majorContributions = contributions;
  return f;
}
