import { z } from 'zod';
import { DISTRICTS } from '../../org/districts';
import { SUBMISSION_BODY_IDS, type SubmissionBodyId } from '../../policy/clauses';
import { text } from '../../policy/fields';
import type { Application } from '../application';
import type { Change, FieldSpec } from './define';
import { defineAction } from './define';
import { EMPLOYER, S } from './who';

/** 第一条's channels (shared/policy/clauses). */
export const BODY_KINDS = SUBMISSION_BODY_IDS;

export const recommendInput = z.strictObject({
  body: z
    .strictObject(
      {
        kind: z.enum(BODY_KINDS, { error: '请选择推荐报送渠道' }),
        orgId: z.string().trim().min(1, '请选择推荐单位').max(64, '单位编号过长').optional(),
        name: text('推荐单位名称', 60).optional(),
      },
      { error: '请选择推荐报送渠道' },
    )
    .superRefine((b, ctx) => {
      if (b.kind === 'district_bureau') return;
      if (!b.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择推荐单位' });
      if (!b.name) ctx.addIssue({ code: 'custom', path: ['name'], message: '请填写推荐单位名称' });
    }),
});
export type RecommendInput = z.output<typeof recommendInput>;

/** 第一条's channels as the form names them (short; the clause's own words are in its parameters). */
const BODY_LABELS: Record<SubmissionBodyId, string> = {
  district_bureau: '所在地区人社部门',
  talent_centre: '人才交流服务机构',
  social_org: '工商联、行业协会、商会、学会等社会组织',
  service_point: '职称申报受理服务点',
};

export const BODY_FIELD = {
  key: 'body',
  kind: 'body',
  label: '推荐报送渠道',
  // The district's bureau first: the nearest channel (第一条 属地就近), and one with nothing more to choose.
  options: (['district_bureau', 'talent_centre', 'social_org', 'service_point'] as const satisfies readonly SubmissionBodyId[]).map(
    (value) => ({
      value,
      label: BODY_LABELS[value],
    }),
  ),
} as const satisfies FieldSpec<'body'>;

/** The district's bureau goes straight to the bureau's check; any other body first receives the file. */
export const BY_BODY = {
  among: { district_bureau: 'bureau_check', other: 'body_review' },
  choose: (_app: Application, input: RecommendInput) => (input.body.kind === 'district_bureau' ? 'district_bureau' : 'other'),
} as const;

export function recommendingBodyChange(app: Application, input: RecommendInput): Change {
  const body =
    input.body.kind === 'district_bureau'
      ? { kind: input.body.kind, name: DISTRICTS.find((d) => d.code === app.employer.district)?.bureau ?? '所在地区人社部门' }
      : { kind: input.body.kind, orgId: input.body.orgId!, name: input.body.name! };
  return { patch: { recommendingBody: body }, effects: [], summary: `通过${body.name}推荐报送（第一条）` };
}

export const sampleBody = ({
  variant,
  bodies,
}: {
  variant: number;
  bodies: readonly { kind: (typeof BODY_KINDS)[number]; orgId: string; name: string }[];
}) => ({
  body: [{ kind: 'district_bureau' as const }, ...bodies][variant % (bodies.length + 1)],
});

export const recommend = defineAction({
  id: 'recommend',
  label: '推荐报送',
  input: recommendInput,
  form: [BODY_FIELD],
  rules: [{ workflows: S, from: ['recommendation'], to: BY_BODY, who: EMPLOYER }],
  step: 'step_recommended',
  apply: ({ app }, input) => recommendingBodyChange(app, input),
  sample: sampleBody,
});
