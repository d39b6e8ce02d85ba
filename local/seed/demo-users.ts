/**
 * The demo accounts of the local dev sign-in: at least one per role, plus applicants (one with a profile,
 * one brand-new). Admins come from ADMIN_OPENIDS (DEMO_ADMIN_OPENIDS), never from a grant.
 */
import { ROLE_LABELS, type Role, type Scope } from '../../shared/auth/roles';
import type { DevUser } from '../host/types';
import { EMPLOYER_IDS, KDL, XTGX } from './demo-organizations';

interface DemoAccount extends DevUser {
  role: Role;
  /** The users document (absent for a brand-new user who has not filled in a profile). */
  profile?: { name: string; phone?: string };
  /** Stored grant (admins have none: they come from ADMIN_OPENIDS). */
  grant?: { scope: Scope; grantedBy: string };
}

const ACCOUNTS: DemoAccount[] = [
  {
    openid: 'demo-admin',
    name: '王建国',
    role: 'admin',
    roleLabel: ROLE_LABELS.admin,
    description: '系统管理员：授予/撤销角色，维护单位名录',
    profile: { name: '王建国', phone: '13800000001' },
  },
  {
    openid: 'demo-city',
    name: '李秀兰',
    role: 'city_officer',
    roleLabel: ROLE_LABELS.city_officer,
    description: '包头市人力资源和社会保障局 职称科，全市范围',
    profile: { name: '李秀兰', phone: '13800000002' },
    grant: { scope: { kind: 'city' }, grantedBy: 'demo-admin' },
  },
  {
    openid: 'demo-district-kdl',
    name: '张海峰',
    role: 'district_officer',
    roleLabel: ROLE_LABELS.district_officer,
    description: '昆都仑区人力资源和社会保障局，昆都仑区',
    profile: { name: '张海峰', phone: '13800000003' },
    grant: { scope: { kind: 'district', district: KDL }, grantedBy: 'demo-city' },
  },
  {
    openid: 'demo-district-xtgx',
    name: '赵敏',
    role: 'district_officer',
    roleLabel: ROLE_LABELS.district_officer,
    description: '包头稀土高新区组织人社部，稀土高新区',
    profile: { name: '赵敏', phone: '13800000004' },
    grant: { scope: { kind: 'district', district: XTGX }, grantedBy: 'demo-city' },
  },
  {
    openid: 'demo-hr-1',
    name: '刘芳',
    role: 'employer_hr',
    roleLabel: ROLE_LABELS.employer_hr,
    description: '包头市瑞科稀土新材料有限公司（稀土高新区）人事专员',
    profile: { name: '刘芳', phone: '13800000005' },
    grant: { scope: { kind: 'org', orgId: EMPLOYER_IDS[0] }, grantedBy: 'demo-district-xtgx' },
  },
  {
    openid: 'demo-hr-2',
    name: '陈磊',
    role: 'employer_hr',
    roleLabel: ROLE_LABELS.employer_hr,
    description: '包头市钢联特种钢材有限公司（昆都仑区）人力资源部',
    profile: { name: '陈磊', phone: '13800000006' },
    grant: { scope: { kind: 'org', orgId: EMPLOYER_IDS[8] }, grantedBy: 'demo-district-kdl' },
  },
  {
    openid: 'demo-recommender-1',
    name: '孙丽娜',
    role: 'recommender',
    roleLabel: ROLE_LABELS.recommender,
    description: '包头市稀土行业协会 秘书处（推荐单位）',
    profile: { name: '孙丽娜', phone: '13800000007' },
    grant: { scope: { kind: 'org', orgId: 'org-soc-rare-earth' }, grantedBy: 'demo-district-xtgx' },
  },
  {
    openid: 'demo-applicant-1',
    name: '高志远',
    role: 'applicant',
    roleLabel: ROLE_LABELS.applicant,
    description: '申报人，已填写资料；瑞科稀土 工程师，拟申报高级工程师',
    profile: { name: '高志远', phone: '13800000008' },
  },
  {
    openid: 'demo-applicant-2',
    name: '马晓燕',
    role: 'applicant',
    roleLabel: ROLE_LABELS.applicant,
    description: '申报人，已填写姓名；钢联特钢 助理工程师',
    profile: { name: '马晓燕' },
  },
  {
    openid: 'demo-applicant-new',
    name: '新用户',
    role: 'applicant',
    roleLabel: ROLE_LABELS.applicant,
    description: '刚登录的新用户，尚未填写任何资料',
  },
];

/** What GET /dev/users lists. */
export const DEMO_USERS: DevUser[] = ACCOUNTS.map(({ openid, name, role, roleLabel, description }) => ({
  openid,
  name,
  role,
  roleLabel,
  description,
}));

/** Pass to the host as adminOpenids (ADMIN_OPENIDS of every function instance). */
export const DEMO_ADMIN_OPENIDS: string[] = ACCOUNTS.filter((a) => a.role === 'admin').map((a) => a.openid);

export const DEMO_PROFILES = ACCOUNTS.flatMap((a) => (a.profile ? [{ openid: a.openid, ...a.profile }] : []));

export const DEMO_GRANTS = ACCOUNTS.flatMap((a) =>
  a.grant ? [{ _id: `grant-${a.openid}`, openid: a.openid, role: a.role, scope: a.grant.scope, grantedBy: a.grant.grantedBy }] : [],
);

/** Open invitations a demo user can claim (identity.claimInvitation) to become staff of an organization. */
export const DEMO_INVITATIONS = [
  {
    _id: 'inv-demo-hr',
    code: 'BTZC2345',
    orgId: EMPLOYER_IDS[4],
    role: 'employer_hr' as const,
    issuedBy: 'demo-district-xtgx',
    orgName: '包头北辰精密装备制造有限公司',
  },
  {
    _id: 'inv-demo-rec',
    code: 'BTZC6789',
    orgId: 'org-talent-kdl',
    role: 'recommender' as const,
    issuedBy: 'demo-district-kdl',
    orgName: '昆都仑区人才交流服务中心',
  },
];
