/** The words a profile and a result are made of: stable ids for code, labels for people. */

export const SECTORS = [
  'non_public_enterprise',
  'social_organization',
  'flexible_employment',
  'public_institution',
  'state_owned_enterprise',
  'government_agency',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  non_public_enterprise: '非公有制企业（民营、私营、外资企业等）',
  social_organization: '社会组织（社会团体、民办非企业单位等）',
  flexible_employment: '灵活就业 / 自由职业',
  public_institution: '事业单位',
  state_owned_enterprise: '国有企业',
  government_agency: '机关（含参照公务员法管理单位）',
};

/** Highest education. The technical-school classes are mapped to a standing by 第七条's equivalence (rule data). */
export const EDUCATION_LEVELS = [
  'high_school_or_below',
  'secondary_vocational',
  'junior_college',
  'bachelor',
  'master',
  'doctorate',
  'tech_school_intermediate',
  'tech_school_senior',
  'tech_school_preparatory_technician',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  high_school_or_below: '高中及以下',
  secondary_vocational: '中专 / 中技',
  junior_college: '大学专科（大专）',
  bachelor: '大学本科',
  master: '硕士研究生',
  doctorate: '博士研究生',
  tech_school_intermediate: '技工院校中级工班',
  tech_school_senior: '技工院校高级工班',
  tech_school_preparatory_technician: '技工院校预备技师（技师）班',
};

/** Ordinary academic standings, lowest first; a technical-school class counts as one of these. */
export const EDUCATION_STANDINGS = [
  'high_school_or_below',
  'secondary_vocational',
  'junior_college',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationStanding = (typeof EDUCATION_STANDINGS)[number];

export const SKILL_LEVELS = ['senior_worker', 'technician', 'senior_technician'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const SKILL_LABELS: Record<SkillLevel, string> = {
  senior_worker: '高级工',
  technician: '技师',
  senior_technician: '高级技师',
};

export const WORK_KINDS = ['professional_technical', 'technical_skill'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];
export const WORK_KIND_LABELS: Record<WorkKind, string> = {
  professional_technical: '专业技术工作',
  technical_skill: '技术技能工作',
};

/** Title levels, lowest first. 初级 has two grades (员级, 助理级); 高级 = 副高级 + 正高级. */
export const TITLE_LEVELS = ['junior_staff', 'assistant', 'intermediate', 'deputy_senior', 'full_senior'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];
export const TITLE_LEVEL_LABELS: Record<TitleLevel, string> = {
  junior_staff: '员级（初级）',
  assistant: '助理级（初级）',
  intermediate: '中级',
  deputy_senior: '副高级',
  full_senior: '正高级',
};

export function levelRank(level: TitleLevel): number {
  return TITLE_LEVELS.indexOf(level);
}

export function isSeniorLevel(level: TitleLevel): boolean {
  return level === 'deputy_senior' || level === 'full_senior';
}

/** 第三条: achievements that may stand in for papers. */
export const PAPER_REPLACEMENTS = ['patent', 'technical_breakthrough', 'process', 'standard', 'commercialization'] as const;
export type PaperReplacement = (typeof PAPER_REPLACEMENTS)[number];
export const PAPER_REPLACEMENT_LABELS: Record<PaperReplacement, string> = {
  patent: '专利成果',
  technical_breakthrough: '技术突破',
  process: '工艺流程',
  standard: '标准开发',
  commercialization: '成果转化',
};

/** 第八条: contributions that open a direct application for a senior title. */
export const MAJOR_CONTRIBUTIONS = [
  'research_breakthrough',
  'engineering_problem',
  'invention',
  'commercialization',
  'social_contribution',
] as const;
export type MajorContribution = (typeof MAJOR_CONTRIBUTIONS)[number];
export const MAJOR_CONTRIBUTION_LABELS: Record<MajorContribution, string> = {
  research_breakthrough: '取得重大基础研究和前沿技术突破',
  engineering_problem: '解决重大工程技术难题',
  invention: '具有重大发明创造',
  commercialization: '转化科技成果取得显著成绩',
  social_contribution: '在经济社会各项事业发展中作出重大贡献',
};

export const ARCHIVE_HOLDERS = ['talent_centre', 'employer', 'other', 'unknown'] as const;
export type ArchiveHolder = (typeof ARCHIVE_HOLDERS)[number];
export const ARCHIVE_HOLDER_LABELS: Record<ArchiveHolder, string> = {
  talent_centre: '人才交流服务机构（人才服务中心）',
  employer: '本单位',
  other: '其他地方',
  unknown: '不清楚',
};
