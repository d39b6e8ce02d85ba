/** The questionnaire's answer lists, from the policy's vocabulary (labels a worker understands). */
import { DISTRICTS } from '@shared/org/districts';
import { SERIES_CATALOGUE, SERIES_IDS, levelsOf } from '@shared/policy/series';
import {
  ARCHIVE_HOLDERS,
  ARCHIVE_HOLDER_LABELS,
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  MAJOR_CONTRIBUTIONS,
  MAJOR_CONTRIBUTION_LABELS,
  PAPER_REPLACEMENTS,
  PAPER_REPLACEMENT_LABELS,
  SECTORS,
  SECTOR_LABELS,
  SKILL_LABELS,
  SKILL_LEVELS,
  TITLE_LEVEL_LABELS,
  WORK_KINDS,
} from '@shared/policy/vocabulary';
import type { SeriesId } from '@shared/policy/series';
import { educationEquivalence } from '@shared/policy/standing';
import type { EducationLevel, EducationStanding } from '@shared/policy/vocabulary';
import { METHOD_LABELS } from '@shared/policy/series';
import type { Choice } from '../../../components/ChoiceField';
import type { Option } from '../../../components/PickerField';

export const SECTOR_OPTIONS: Choice[] = SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }));
export const DISTRICT_OPTIONS: Option[] = DISTRICTS.map((d) => ({ value: d.code, label: d.name }));
export const ARCHIVE_OPTIONS: Choice[] = ARCHIVE_HOLDERS.map((a) => ({ value: a, label: ARCHIVE_HOLDER_LABELS[a] }));

/** Short names of the standings for the hints (the standing itself comes from shared/policy/standing). */
export const STANDING_SHORT: Partial<Record<EducationStanding, string>> = {
  secondary_vocational: '中专',
  junior_college: '大专',
  bachelor: '本科',
};

function educationHint(level: EducationLevel, asOf: string): string | undefined {
  const eq = educationEquivalence(level, asOf);
  if (!eq) return undefined;
  return eq.kind === 'tech_school'
    ? `按第七条相当于${STANDING_SHORT[eq.standing] ?? EDUCATION_LABELS[eq.standing]}学历`
    : `视同“${EDUCATION_LABELS[eq.standing]}毕业”`;
}

/** The education levels, each with the standing 第七条 or an interpretation gives it on `asOf`. */
export function educationOptions(asOf: string): Choice[] {
  return EDUCATION_LEVELS.map((e) => {
    const hint = educationHint(e, asOf);
    return { value: e, label: EDUCATION_LABELS[e], ...(hint ? { hint } : {}) };
  });
}

const WORK_KIND_TEXT: Record<(typeof WORK_KINDS)[number], Choice> = {
  professional_technical: { value: 'professional_technical', label: '专业技术工作', hint: '如技术员、工程师、研发、设计、质检等技术岗位' },
  technical_skill: { value: 'technical_skill', label: '技术技能工作', hint: '如焊工、电工、钳工等生产一线技术工人岗位' },
};
export const WORK_KIND_OPTIONS: Choice[] = WORK_KINDS.map((k) => WORK_KIND_TEXT[k]);

export const SERIES_OPTIONS: Option[] = SERIES_IDS.map((s) => ({ value: s, label: `${SERIES_CATALOGUE[s].name}系列` }));

/** The levels a series has, with the title's name: 「中级（工程师）」. */
export function titleLevelOptions(series: string): Choice[] {
  if (!(SERIES_IDS as readonly string[]).includes(series)) return [];
  const s = SERIES_CATALOGUE[series as SeriesId];
  return levelsOf(SERIES_CATALOGUE, s.id).map((l) => ({ value: l, label: TITLE_LEVEL_LABELS[l], hint: s.levels[l]?.titleName }));
}

/** 「初级：评审 · 中级：评审 · 副高级：考评结合…」 for the chosen series (the catalogue's defaults). */
export function seriesMethods(series: string): string {
  if (!(SERIES_IDS as readonly string[]).includes(series)) return '';
  const s = SERIES_CATALOGUE[series as SeriesId];
  const levels = levelsOf(SERIES_CATALOGUE, s.id).filter((l) => l !== 'junior_staff');
  const parts = levels.map((l) => `${s.levels[l]!.titleName}：${METHOD_LABELS[s.levels[l]!.method]}`);
  return `${s.name}系列的取得方式（默认值，请向人社部门核实）：${parts.join('；')}。`;
}

export const SKILL_OPTIONS: Choice[] = SKILL_LEVELS.map((s) => ({ value: s, label: SKILL_LABELS[s] }));

export const WANTED_OPTIONS: Choice[] = [
  { value: 'any', label: '还不确定，都看看' },
  { value: 'assistant', label: '初级（如助理工程师）' },
  { value: 'intermediate', label: '中级（如工程师）' },
  { value: 'deputy_senior', label: '副高级（如高级工程师）' },
];

export const PAPER_OPTIONS: Choice[] = PAPER_REPLACEMENTS.map((p) => ({ value: p, label: PAPER_REPLACEMENT_LABELS[p] }));
export const CONTRIBUTION_OPTIONS: Choice[] = MAJOR_CONTRIBUTIONS.map((c) => ({ value: c, label: MAJOR_CONTRIBUTION_LABELS[c] }));

export const PERIOD_STATE_OPTIONS: Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '至今仍在做' },
  { value: 'no', label: '已经结束' },
];

export const HAVE_OPTIONS: Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '有' },
  { value: 'no', label: '没有' },
];

export const PARK_OPTIONS: Choice<'yes' | 'no' | 'unsure'>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '不是' },
  { value: 'unsure', label: '不清楚' },
];
