import { z } from 'zod';
import { DISTRICT_CODES } from '../org/districts';
import type { FieldIssue } from '../errors/app-error';
import type { IsoDate } from '../time/dates';
import { isIsoDate } from '../time/dates';
import { answer, choices, dateField, fieldIssues, text } from './fields';
import { SERIES_CATALOGUE, SERIES_IDS } from './series';
import {
  ARCHIVE_HOLDERS,
  EDUCATION_LEVELS,
  MAJOR_CONTRIBUTIONS,
  PAPER_REPLACEMENTS,
  SECTORS,
  SKILL_LEVELS,
  TITLE_LEVELS,
  WORK_KINDS,
} from './vocabulary';

export const MAX_WORK_PERIODS = 20;

/**
 * What a person tells us about themselves. Dates are 'YYYY-MM-DD' and may not lie after `asOf` (today, for a
 * person filling the form). Unanswered yes/no questions stay undefined: the engine reports them as unknown.
 */
export function profileSchema(asOf: IsoDate) {
  const date = (label: string) => dateField(label, asOf);
  const series = z.enum(SERIES_IDS, { error: '请选择职称系列' });

  const workPeriod = z
    .strictObject(
      {
        from: date('开始日期'),
        to: date('结束日期').nullable().optional(),
        kind: z.enum(WORK_KINDS, { error: '请选择工作性质（专业技术工作 / 技术技能工作）' }),
        note: text('备注', 60).optional(),
      },
      { error: required('工作经历') },
    )
    .superRefine((p, ctx) => {
      if (p.to && isIsoDate(p.to) && isIsoDate(p.from) && p.to < p.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
      }
    });

  const education = z
    .strictObject(
      {
        level: z.enum(EDUCATION_LEVELS, { error: '请选择最高学历' }),
        graduatedOn: date('毕业时间').optional(),
      },
      { error: required('学历') },
    )
    .superRefine((e, ctx) => {
      if (e.level !== 'high_school_or_below' && !e.graduatedOn)
        ctx.addIssue({ code: 'custom', path: ['graduatedOn'], message: '请填写毕业时间' });
    });

  const currentTitle = z
    .strictObject(
      {
        series,
        level: z.enum(TITLE_LEVELS, { error: '请选择现有职称的级别' }),
        obtainedOn: date('取得职称的时间'),
      },
      { error: required('现有职称') },
    )
    .superRefine((t, ctx) => {
      if (SERIES_CATALOGUE[t.series]?.levels[t.level] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['level'], message: '所选系列没有这一级职称' });
      }
    });

  const skill = z.strictObject(
    {
      level: z.enum(SKILL_LEVELS, { error: '请选择技能等级（高级工 / 技师 / 高级技师）' }),
      obtainedOn: date('取得技能等级的时间'),
    },
    { error: required('技能等级') },
  );

  return z.strictObject(
    {
      sector: z.enum(SECTORS, { error: '请选择单位性质' }),
      education,
      workPeriods: z
        .array(workPeriod, { error: '请填写工作经历' })
        .min(1, '请至少填写一段工作经历')
        .max(MAX_WORK_PERIODS, `工作经历最多填写 ${MAX_WORK_PERIODS} 段`),
      currentTitle: currentTitle.nullable().optional(),
      skill: skill.nullable().optional(),
      appliedSeries: z.enum(SERIES_IDS, { error: '请选择要申报的职称系列' }),
      achievements: z
        .strictObject(
          {
            intermediate: answer('是否符合所申报系列中级职称的业绩成果条件'),
            deputySenior: answer('是否符合所申报系列副高级职称的业绩成果条件'),
            engineering: answer('是否符合工程系列相应职称的业绩成果要求'),
          },
          { error: required('业绩成果') },
        )
        .optional(),
      paperReplacements: choices(PAPER_REPLACEMENTS, '可替代论文的成果').optional(),
      talent: z
        .strictObject(
          {
            recognizedHighLevel: answer('是否经认定为高层次人才'),
            broughtInByNonPublicFirm: answer('是否由非公企业引进'),
            keyIndustryUrgentNeed: answer('是否属于重点行业、重点领域急需紧缺人才'),
          },
          { error: required('人才认定') },
        )
        .optional(),
      majorContributions: choices(MAJOR_CONTRIBUTIONS, '重大贡献').optional(),
      employerDistrict: z.enum(DISTRICT_CODES, { error: '请选择单位所在旗县区' }).optional(),
      employerInPark: answer('单位是否在创业孵化基地、高新技术开发区或科技园区'),
      archiveHeldBy: z.enum(ARCHIVE_HOLDERS, { error: '请选择档案存放在哪里' }).optional(),
    },
    { error: required('资料') },
  );
}

export type Profile = z.output<ReturnType<typeof profileSchema>>;
export type ProfileInput = z.input<ReturnType<typeof profileSchema>>;
export type WorkPeriod = Profile['workPeriods'][number];

/** The message for a missing or malformed group; unknown keys are reported per key by fieldIssues. */
function required(what: string) {
  return `请填写${what}`;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * The schema depends only on the evaluation date, and building it costs more than a whole evaluation: kept
 * for the last few dates (a function instance sees today, and now and then an `asOf` a caller asked for).
 */
const SCHEMAS_KEPT = 8;
const schemas = new Map<IsoDate, ReturnType<typeof profileSchema>>();

function schemaFor(asOf: IsoDate): ReturnType<typeof profileSchema> {
  let schema = schemas.get(asOf);
  if (!schema) {
    if (schemas.size >= SCHEMAS_KEPT) schemas.delete(schemas.keys().next().value as IsoDate);
    schema = profileSchema(asOf);
    schemas.set(asOf, schema);
  }
  return schema;
}

/** Validates what the form, the function or the CLI received. */
export function checkProfile(input: unknown, options: { asOf: IsoDate }): CheckResult<Profile> {
  const r = schemaFor(options.asOf).safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fieldIssues(r.error) };
}
