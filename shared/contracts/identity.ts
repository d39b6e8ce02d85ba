import { z } from 'zod';
import * as f from './fields';

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
    }),
  },
  updateProfile: {
    input: z.object({ name: f.personName, phone: f.mobile.optional() }).strict(),
    output: profile,
  },
  grantRole: {
    input: z.object({ openid: f.openid, role: f.role, scope: f.scope }).strict(),
    output: grantView,
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
