import { CLAUSES, DOCUMENT } from '../policy/clauses';
import { parameterAt } from '../policy/parameters';

/**
 * Where a person checks the title once the certificate step is done (附件2 第三项 5、证书打印; 附件1 第二项
 * 核准结果发放证书). The policy itself names 内蒙古人才信息库 and its address. The national platform is the
 * Ministry's 全国职称评审信息查询平台: it has no address of its own in the Ministry's notice, which says to
 * reach it through 12333 (www.12333.gov.cn → 在线服务 → 人才人事, or the 掌上12333 app → 服务 → 人才人事),
 * the Ministry's site (www.mohrss.gov.cn → 职称和职业资格改革 → 职称评审信息查询) or its WeChat official
 * account 人力资源和社会保障部 (人社服务). So we give those entrances and no deep link.
 */
export interface VerifyPlace {
  id: 'nmgrck' | 'national';
  name: string;
  /** What the person does there, in one sentence. */
  how: string;
  /** The address to open or copy (a site's front page, never a guessed deep link). */
  url: string;
  /** The address as a person reads it. */
  site: string;
  /** Where the fact comes from. */
  source: string;
}

// The site's address as the document gave it (a link, not a rule that decides anything).
const NMGRCK = parameterAt({ clauses: CLAUSES }, '附件2 第三项', 'website', DOCUMENT.issuedOn);

export const VERIFY_PLACES: Record<VerifyPlace['id'], VerifyPlace> = {
  nmgrck: {
    id: 'nmgrck',
    name: '内蒙古人才信息库',
    how: '用申报时注册的账号登录查询；社会化评审通过的，在这里自行打印电子证书。',
    url: `http://${NMGRCK}`,
    site: NMGRCK,
    source: '附件2 第三项',
  },
  national: {
    id: 'national',
    name: '全国职称评审信息查询平台（人力资源社会保障部）',
    how: '在“掌上12333”App 或 12333 网站的“人才人事”栏目进入，注册登录后可查本人的职称评审信息；单位也可在这里核验。',
    url: 'http://www.12333.gov.cn',
    site: 'www.12333.gov.cn',
    source: '人力资源社会保障部开通全国职称评审信息查询平台的说明',
  },
};

/** The places to verify a title, in the order to try them (both workflows apply in 内蒙古人才信息库, 附件1 第三项). */
export const VERIFY_ORDER: readonly VerifyPlace[] = [VERIFY_PLACES.nmgrck, VERIFY_PLACES.national];

/** One line for a message: where to look the title up. */
export function verifyHint(): string {
  return `证书信息可在${VERIFY_PLACES.nmgrck.name}（${NMGRCK}）或“掌上12333”App 的全国职称评审信息查询平台查询`;
}
