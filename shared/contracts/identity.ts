import { z } from 'zod';
import * as f from '../fields/common';
import { DELETE_CONFIRMATION, DELETE_CONFIRMATION_MESSAGE, PRIVACY_POLICY_VERSION } from '../privacy';

const grantView = z.object({
  id: z.string(),
  role: f.role,
  roleLabel: z.string(),
  scope: f.scope,
  scopeLabel: z.string(),
});
export type GrantView = z.infer<typeof grantView>;

const organization = z.object({
  id: z.string(),
  type: f.orgType,
  typeLabel: z.string(),
  name: z.string(),
  district: f.district,
  districtName: z.string(),
  uscc: z.string().optional(),
  industry: f.industry.optional(),
  version: z.number(),
  updatedAt: z.string(),
});
export type OrganizationView = z.infer<typeof organization>;

const profile = z.object({ name: z.string().optional(), phone: z.string().optional() });

/** A person found by people.search, as the caller may see them (shared/auth/people.ts): never the openid. */
const personRef = z
  .string({ error: '请先搜索并选择要授权的人' })
  .trim()
  .regex(/^[a-f0-9]{24}$/, '请先搜索并选择要授权的人');
const personView = z.object({
  /** Name masked (王*明) unless the keyword was exactly this name. */
  name: z.string(),
  nameMasked: z.boolean(),
  phone: z.string(),
  openidMasked: z.string(),
});
export type PersonView = z.infer<typeof personView>;
const personKeyword = f.keyword
  .refine((v) => v.length > 0, '请输入姓名或手机号')
  .refine((v) => v.length <= 20, '姓名或手机号不超过 20 个字');
const managedGrant = grantView.extend({ person: personView, grantedAt: z.string() });
export type ManagedGrantView = z.infer<typeof managedGrant>;

const privacyConsent = z.object({ version: z.string(), at: z.string() });

const mySection = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  /** More records exist than one export carries (the section's limit). */
  truncated: z.boolean(),
  records: z.array(z.record(z.string(), z.unknown())),
});

export const identity = {
  whoami: {
    input: z.object({}).strict(),
    output: z.object({
      /** The caller's own id: shown masked, copied in full when an officer needs it to grant a role. */
      openid: z.string(),
      openidMasked: z.string(),
      profile,
      roles: z.array(grantView),
      capabilities: z.object({
        grantRoles: z.boolean(),
        issueInvitations: z.boolean(),
        manageOrganizations: z.boolean(),
        claimInvitation: z.boolean(),
        publishRounds: z.boolean(),
      }),
      organizations: z.array(organization),
      /** The consent to the privacy guide on record (null: none, or an older version). Optional for older clients. */
      privacyConsent: privacyConsent.nullable().optional(),
    }),
  },
  /** The person agrees to the privacy guide of `version` (the current one): recorded and audited. */
  'privacy.consent': {
    input: z
      .object({
        version: z
          .string({ error: '缺少隐私保护指引的版本' })
          .trim()
          .max(20)
          .refine((v) => v === PRIVACY_POLICY_VERSION, '隐私保护指引已更新，请重新阅读后同意'),
      })
      .strict(),
    output: privacyConsent,
  },
  /** 我的数据: everything held about the caller, as JSON sections and, for `xlsx`, a workbook too. */
  'mine.export': {
    input: z.object({ format: z.enum(['json', 'xlsx'], { error: '导出格式只能是 json 或 xlsx' }).default('json') }).strict(),
    output: z.object({
      generatedAt: z.string(),
      sections: z.array(mySection),
      file: z.object({ filename: z.string(), base64: z.string() }).optional(),
    }),
  },
  /** 注销账号: personal data removed, audited records kept with the person anonymised. */
  'mine.delete': {
    input: z
      .object({
        confirm: z
          .string({ error: DELETE_CONFIRMATION_MESSAGE })
          .trim()
          .max(20, DELETE_CONFIRMATION_MESSAGE)
          .refine((v) => v === DELETE_CONFIRMATION, DELETE_CONFIRMATION_MESSAGE),
      })
      .strict(),
    output: z.object({ deleted: z.literal(true), removed: z.number(), anonymised: z.number() }),
  },
  updateProfile: {
    input: z.object({ name: f.personName, phone: f.mobile.optional() }).strict(),
    output: profile,
  },
  /** Whom to grant: a person found by people.search (`person`), or — as before — their openid. */
  grantRole: {
    input: z
      .object({ openid: f.openid.optional(), person: personRef.optional(), role: f.role, scope: f.scope })
      .strict()
      .superRefine((v, ctx) => {
        if (!v.openid && !v.person) ctx.addIssue({ code: 'custom', path: ['person'], message: '请先搜索并选择要授权的人' });
        if (v.openid && v.person) ctx.addIssue({ code: 'custom', path: ['person'], message: '请只选择一位要授权的人' });
      }),
    /** `person`: who got it, masked, for the success message (已授予 王*明 单位人事（…）). */
    output: grantView.extend({ person: personView.optional() }),
  },
  /** Officers who may grant find people by name or phone (reach and masking in shared/auth/people.ts). */
  'people.search': {
    input: z.object({ keyword: personKeyword }).strict(),
    output: z.object({
      items: z.array(personView.extend({ ref: z.string(), roles: z.array(grantView) })),
      /** More people matched than shown: the officer should type more. */
      more: z.boolean(),
    }),
  },
  /** The grants the caller may revoke (canGrant), newest first. */
  'grants.list': {
    input: z.object({ role: f.role.optional(), orgId: f.id.optional(), page: f.page, pageSize: f.pageSize }).strict(),
    output: z.object({ items: z.array(managedGrant), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  revokeRole: {
    input: z.object({ grantId: f.id }).strict(),
    output: z.object({ revoked: z.literal(true) }),
  },
  issueInvitation: {
    input: z
      .object({ orgId: f.id, ttlDays: z.coerce.number().int().min(1, '有效期至少 1 天').max(30, '有效期最长 30 天').default(7) })
      .strict(),
    output: z.object({ code: z.string(), orgId: z.string(), orgName: z.string(), role: f.role, expiresAt: z.string() }),
  },
  claimInvitation: {
    input: z
      .object({
        code: z
          .string({ error: '请输入邀请码' })
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9]{8}$/, '邀请码为 8 位字母或数字'),
      })
      .strict(),
    output: z.object({ grant: grantView, organization }),
  },
  listOrganizations: {
    input: z
      .object({
        type: f.orgType.optional(),
        district: f.district.optional(),
        keyword: f.keyword.optional(),
        /** Only the organizations the caller may act on: their district(s) as an officer, their own as staff. */
        governed: z.boolean().optional(),
        page: f.page,
        pageSize: f.pageSize,
      })
      .strict(),
    output: z.object({ items: z.array(organization), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  upsertOrganization: {
    input: z
      .object({
        id: f.id.optional(),
        /** Required when editing: the version the editor saw (compare-and-set). */
        version: z.number().int().min(1).optional(),
        type: f.orgType,
        name: f.orgName,
        district: f.district,
        uscc: f.uscc.optional(),
        industry: f.industry.optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.type === 'employer' && !v.uscc) ctx.addIssue({ code: 'custom', path: ['uscc'], message: '企业须填写统一社会信用代码' });
        if (v.type === 'employer' && !v.industry) ctx.addIssue({ code: 'custom', path: ['industry'], message: '企业须选择所属行业' });
        if (v.id && v.version === undefined) ctx.addIssue({ code: 'custom', path: ['version'], message: '修改时须带上版本号' });
      }),
    output: organization,
  },
} as const;
