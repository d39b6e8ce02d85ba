import { z } from 'zod';
import { DISTRICT_CODES } from '../org/districts';
import { INDUSTRIES, ORG_TYPES } from '../org/organizations';
import { checkUscc, USCC_MESSAGES } from '../org/uscc';
import { ROLES } from '../auth/roles';

/** Field schemas with messages a person can act on. */
export const personName = z
  .string({ error: '请填写姓名' })
  .trim()
  .min(2, '姓名至少 2 个字')
  .max(30, '姓名不超过 30 个字')
  .regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字、字母和间隔号');

export const mobile = z.string({ error: '请填写手机号' }).trim().regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号');

export const orgName = z.string({ error: '请填写单位名称' }).trim().min(4, '单位名称至少 4 个字').max(60, '单位名称不超过 60 个字');

export const uscc = z
  .string({ error: '请填写统一社会信用代码' })
  .transform((v, ctx) => {
    const r = checkUscc(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: USCC_MESSAGES[r.problem] });
      return z.NEVER;
    }
    return r.value;
  });

export const district = z.enum(DISTRICT_CODES, { error: '请选择所在旗县区' });
export const orgType = z.enum(ORG_TYPES, { error: '请选择单位类型' });
export const industry = z.enum(INDUSTRIES, { error: '请选择所属行业' });
export const role = z.enum(ROLES, { error: '角色不正确' });

export const id = z.string({ error: '缺少编号' }).trim().min(1, '缺少编号').max(64, '编号过长');
export const openid = z.string({ error: '缺少用户标识' }).trim().regex(/^[A-Za-z0-9_-]{6,64}$/, '用户标识格式不正确');

export const scope = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('self') }),
    z.object({ kind: z.literal('org'), orgId: id }),
    z.object({ kind: z.literal('district'), district }),
    z.object({ kind: z.literal('city') }),
  ],
  { error: '授权范围不正确' },
);

export const page = z.coerce.number({ error: '页码应为数字' }).int('页码应为整数').min(1, '页码从 1 开始').max(10000, '页码过大').default(1);
export const pageSize = z.coerce.number({ error: '每页条数应为数字' }).int().min(1).max(50, '每页最多 50 条').default(20);

/** Control characters (NUL and the like) have no place in anything a person types; tabs and line breaks do. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A search keyword: short, trimmed, no control characters (it becomes a database regular expression). */
export const keyword = z
  .string({ error: '关键词应为文字' })
  .trim()
  .max(30, '关键词不超过 30 个字')
  .refine((v) => !CONTROL.test(v), '关键词含有无法识别的字符');
