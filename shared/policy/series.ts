import type { TitleLevel } from './vocabulary';
import { TITLE_LEVELS, levelRank } from './vocabulary';

/**
 * The series catalogue: how each title level of each series is obtained. It is not in 包人社办字〔2021〕82号;
 * these are national-practice defaults from POLICY.md (its table covers 初级 — both grades —, 中级 and 副高级;
 * 正高级 and the title names are national practice as well). Officers must be able to edit it: it is data.
 */
export const METHODS = ['review', 'exam', 'exam_review'] as const;
export type Method = (typeof METHODS)[number];
export const METHOD_LABELS: Record<Method, string> = {
  review: '评审',
  exam: '考试（以考代评）',
  exam_review: '考评结合（先考试、后评审）',
};

export interface SeriesLevel {
  titleName: string;
  method: Method;
}

export interface Series {
  id: SeriesId;
  name: string;
  /** A level a series does not have is absent. */
  levels: Partial<Record<TitleLevel, SeriesLevel>>;
  note?: string;
  verifyWithBureau: boolean;
  lastReviewed: string;
}

export const SERIES_IDS = [
  'engineering',
  'agriculture',
  'arts_crafts',
  'laboratory',
  'archives',
  'library',
  'mass_culture',
  'cultural_heritage',
  'journalism',
  'publishing',
  'accounting',
  'economics',
  'auditing',
  'statistics',
  'health',
  'computer_software',
] as const;
export type SeriesId = (typeof SERIES_IDS)[number];

export type SeriesCatalogue = Record<SeriesId, Series>;

const REVIEWED = '2026-11-24';

type Names = [员级: string | null, 助理级: string, 中级: string, 副高级: string, 正高级: string | null];
type Methods = [初级: Method, 中级: Method, 副高级: Method, 正高级: Method];

function series(id: SeriesId, name: string, names: Names, methods: Methods, note?: string): Series {
  const [staff, assistant, intermediate, deputy, full] = names;
  const [junior, mid, deputyM, fullM] = methods;
  const levels: Series['levels'] = {};
  if (staff) levels.junior_staff = { titleName: staff, method: junior };
  levels.assistant = { titleName: assistant, method: junior };
  levels.intermediate = { titleName: intermediate, method: mid };
  levels.deputy_senior = { titleName: deputy, method: deputyM };
  if (full) levels.full_senior = { titleName: full, method: fullM };
  return { id, name, levels, ...(note ? { note } : {}), verifyWithBureau: true, lastReviewed: REVIEWED };
}

const ALL_REVIEW: Methods = ['review', 'review', 'review', 'review'];
const EXAM_THEN_REVIEW: Methods = ['exam', 'exam', 'exam_review', 'review'];

export const SERIES_CATALOGUE: SeriesCatalogue = {
  engineering: series('engineering', '工程技术', ['技术员', '助理工程师', '工程师', '高级工程师', '正高级工程师'], ALL_REVIEW),
  agriculture: series(
    'agriculture',
    '农业',
    ['农业技术员', '助理农艺师', '农艺师', '高级农艺师', '正高级农艺师'],
    ALL_REVIEW,
    '含畜牧师、兽医师等专业，名称按专业对应',
  ),
  arts_crafts: series(
    'arts_crafts',
    '工艺美术',
    ['工艺美术员', '助理工艺美术师', '工艺美术师', '高级工艺美术师', '正高级工艺美术师'],
    ALL_REVIEW,
  ),
  laboratory: series('laboratory', '实验技术', ['实验员', '助理实验师', '实验师', '高级实验师', '正高级实验师'], ALL_REVIEW),
  archives: series('archives', '档案', ['管理员', '助理馆员', '馆员', '副研究馆员', '研究馆员'], ALL_REVIEW),
  library: series('library', '图书资料', ['管理员', '助理馆员', '馆员', '副研究馆员', '研究馆员'], ALL_REVIEW),
  mass_culture: series('mass_culture', '群众文化', ['管理员', '助理馆员', '馆员', '副研究馆员', '研究馆员'], ALL_REVIEW),
  cultural_heritage: series('cultural_heritage', '文物博物', ['文博管理员', '助理馆员', '馆员', '副研究馆员', '研究馆员'], ALL_REVIEW),
  journalism: series(
    'journalism',
    '新闻',
    [null, '助理记者（助理编辑）', '记者（编辑）', '主任记者（主任编辑）', '高级记者（高级编辑）'],
    ALL_REVIEW,
  ),
  publishing: series('publishing', '出版', [null, '助理编辑', '编辑', '副编审', '编审'], ALL_REVIEW),
  accounting: series('accounting', '会计', [null, '助理会计师', '会计师', '高级会计师', '正高级会计师'], EXAM_THEN_REVIEW),
  economics: series('economics', '经济', [null, '助理经济师', '经济师', '高级经济师', '正高级经济师'], EXAM_THEN_REVIEW),
  auditing: series('auditing', '审计', [null, '助理审计师', '审计师', '高级审计师', '正高级审计师'], EXAM_THEN_REVIEW),
  statistics: series('statistics', '统计', [null, '助理统计师', '统计师', '高级统计师', '正高级统计师'], EXAM_THEN_REVIEW),
  health: series(
    'health',
    '卫生',
    ['士级（医士、护士等）', '师级（医师、护师等）', '主治（主管）医师、护师等', '副主任医师（副主任护师等）', '主任医师（主任护师等）'],
    ['exam', 'exam', 'exam_review', 'exam_review'],
  ),
  computer_software: series(
    'computer_software',
    '计算机技术与软件',
    ['技术员', '助理工程师', '工程师', '高级工程师', null],
    ['exam', 'exam', 'exam', 'exam'],
    '以考代评：考试合格即取得相应资格',
  ),
};

export function seriesLevel(catalogue: SeriesCatalogue, id: SeriesId, level: TitleLevel): SeriesLevel | undefined {
  return catalogue[id].levels[level];
}

/** The levels a series has, lowest first. */
export function levelsOf(catalogue: SeriesCatalogue, id: SeriesId): TitleLevel[] {
  return TITLE_LEVELS.filter((l) => catalogue[id].levels[l] !== undefined);
}

/** The first level above `current` in the series (the lowest level when there is no title yet). */
export function nextLevel(catalogue: SeriesCatalogue, id: SeriesId, current?: TitleLevel): TitleLevel | undefined {
  return levelsOf(catalogue, id).find((l) => current === undefined || levelRank(l) > levelRank(current));
}
