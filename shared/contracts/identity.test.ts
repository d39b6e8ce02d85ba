import { identity } from './identity';
import { toFieldIssues } from '../errors/field-issues';

const issuesOf = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error as never);
};

describe('identity contracts speak Chinese, field by field', () => {
  it('names the bad field of a profile', () => {
    expect(issuesOf(identity.updateProfile.input, { name: '张', phone: '12345' })).toEqual([
      { path: 'name', message: '姓名至少 2 个字' },
      { path: 'phone', message: '请输入 11 位手机号' },
    ]);
  });

  it('refuses unknown fields (a forged OPENID cannot ride along)', () => {
    expect(issuesOf(identity.whoami.input, { OPENID: 'x' })).toHaveLength(1);
  });

  it('checks the USCC check character and requires it for employers', () => {
    const base = { type: 'employer', name: '包头测试稀土材料有限公司', district: '150203', industry: '稀土新材料' };
    expect(issuesOf(identity.upsertOrganization.input, { ...base, uscc: '91110000600037341M' })).toEqual([
      { path: 'uscc', message: '统一社会信用代码校验位不正确，请核对营业执照' },
    ]);
    expect(issuesOf(identity.upsertOrganization.input, base)).toEqual([{ path: 'uscc', message: '企业须填写统一社会信用代码' }]);
    expect(issuesOf(identity.upsertOrganization.input, { ...base, uscc: '91110000600037341L' })).toEqual([]);
  });

  it('rejects a district outside Baotou and huge strings', () => {
    expect(issuesOf(identity.listOrganizations.input, { district: '110101' })[0].message).toBe('请选择所在旗县区');
    expect(issuesOf(identity.listOrganizations.input, { keyword: '稀'.repeat(10000) })[0].message).toBe('关键词不超过 30 个字');
  });

  it('normalizes invitation codes and rejects malformed ones', () => {
    expect(identity.claimInvitation.input.parse({ code: ' abcd2345 ' })).toEqual({ code: 'ABCD2345' });
    expect(issuesOf(identity.claimInvitation.input, { code: '12' })[0].message).toBe('邀请码为 8 位字母或数字');
  });
});
