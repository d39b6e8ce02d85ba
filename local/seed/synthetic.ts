/** Many plausible organizations for benchmarks and paging tests: spread over districts, types and industries. */
import { DISTRICTS } from '../../shared/org/districts';
import { INDUSTRIES, type OrgType } from '../../shared/org/organizations';
import { organizationDoc, type SeedDatabase } from './seed-demo';

const WORDS = [
  '鑫达',
  '华创',
  '北方',
  '恒信',
  '金泰',
  '蒙兴',
  '鹿城',
  '瑞丰',
  '宏远',
  '天成',
  '正和',
  '博远',
  '嘉禾',
  '中盛',
  '青城',
  '阿尔丁',
];
const TYPES: OrgType[] = [
  'employer',
  'employer',
  'employer',
  'employer',
  'employer',
  'employer',
  'talent_centre',
  'social_org',
  'service_point',
];

export function syntheticOrganizations(n: number, opts: { now?: Date; prefix?: string } = {}) {
  const at = (opts.now ?? new Date()).toISOString();
  const prefix = opts.prefix ?? 'org-syn';
  return Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const district = DISTRICTS[i % DISTRICTS.length].code;
    const industry = INDUSTRIES[i % INDUSTRIES.length];
    const word = WORDS[i % WORDS.length];
    const no = String(i + 1).padStart(5, '0');
    const name =
      type === 'employer'
        ? `包头市${word}${industry === '其他' ? '实业' : industry}第${no}有限公司`
        : type === 'talent_centre'
          ? `包头市${word}人才服务中心第${no}分部`
          : type === 'social_org'
            ? `包头市${word}${industry}协会第${no}分会`
            : `包头市${word}职称申报服务点${no}`;
    return organizationDoc(
      { _id: `${prefix}-${no}`, type, name, district, ...(type === 'employer' ? { industry } : {}) },
      70_000_000 + i * 31,
      at,
    );
  });
}

/** Write `n` synthetic organizations (ids `org-syn-00001` …); returns how many were written. */
export async function seedSyntheticOrganizations(db: SeedDatabase, n: number, opts: { now?: Date; prefix?: string } = {}): Promise<number> {
  const docs = syntheticOrganizations(n, opts);
  const BATCH = 16;
  for (let i = 0; i < docs.length; i += BATCH) {
    await Promise.all(docs.slice(i, i + BATCH).map(({ _id, ...body }) => db.collection('organizations').doc(_id).set(body)));
  }
  return docs.length;
}
