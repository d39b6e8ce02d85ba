/**
 * Baotou's organizations for the demo: the city bureau, two district bureaus with officers, 36 private
 * enterprises in the city's industries across all districts (names are invented), talent-exchange centres,
 * associations and a service point. Ids are readable and stable, so reseeding overwrites the same documents.
 */
import type { DistrictCode } from '../../shared/org/districts';
import type { Industry, OrgType } from '../../shared/org/organizations';

export interface OrgSeed {
  _id: string;
  type: OrgType;
  name: string;
  district: DistrictCode;
  industry?: Industry;
}

export const KDL: DistrictCode = '150203'; // 昆都仑区
export const XTGX: DistrictCode = '150271'; // 稀土高新区

const ENTERPRISES: [name: string, district: DistrictCode, industry: Industry][] = [
  // 稀土高新区
  ['包头市瑞科稀土新材料有限公司', XTGX, '稀土新材料'],
  ['包头天衡磁材科技有限公司', XTGX, '稀土新材料'],
  ['包头市金蒙稀土功能材料有限公司', XTGX, '稀土新材料'],
  ['包头稀宝抛光材料有限公司', XTGX, '稀土新材料'],
  ['包头北辰精密装备制造有限公司', XTGX, '装备制造'],
  ['包头市晶阳光伏科技有限公司', XTGX, '硅材料及光伏'],
  ['包头启元氢能科技有限公司', XTGX, '新能源'],
  ['包头市联创电子信息技术有限公司', XTGX, '电子信息'],
  // 昆都仑区
  ['包头市钢联特种钢材有限公司', KDL, '钢铁'],
  ['包头市昆鹏冶金耐材有限公司', KDL, '钢铁'],
  ['包头市恒泰机械制造有限公司', KDL, '装备制造'],
  ['包头市鹿城建设工程有限公司', KDL, '建筑工程'],
  ['包头市北方众信工程检测有限公司', KDL, '现代服务业'],
  ['包头市云聚数据科技有限公司', KDL, '电子信息'],
  // 青山区
  ['包头市青山重型装备有限公司', '150204', '装备制造'],
  ['包头市华驰汽车零部件有限公司', '150204', '装备制造'],
  ['包头市宏远焊接技术有限公司', '150204', '装备制造'],
  ['包头市富源稀土永磁电机有限公司', '150204', '稀土新材料'],
  ['包头市智联检验检测有限公司', '150204', '现代服务业'],
  // 九原区
  ['包头市九原新能源开发有限公司', '150207', '新能源'],
  ['包头市鑫晶硅材料科技有限公司', '150207', '硅材料及光伏'],
  ['包头市亿丰光伏组件有限公司', '150207', '硅材料及光伏'],
  ['包头市黄河精细化工有限公司', '150207', '化工'],
  ['包头市草原牧歌乳业有限公司', '150207', '农牧业'],
  // 东河区
  ['包头市东铝新材料有限公司', '150202', '铝业'],
  ['包头市铝丰精密铸造有限公司', '150202', '铝业'],
  ['包头市南海湿地文化旅游有限公司', '150202', '现代服务业'],
  ['包头市东方路桥建设有限公司', '150202', '建筑工程'],
  // 石拐区
  ['包头市石拐煤化工有限公司', '150205', '化工'],
  ['包头市五当召文旅发展有限公司', '150205', '现代服务业'],
  // 白云鄂博矿区
  ['包头市白云矿业技术服务有限公司', '150206', '稀土新材料'],
  ['包头市鄂博稀土选矿有限公司', '150206', '稀土新材料'],
  // 土默特右旗
  ['包头市萨拉齐铝合金材料有限公司', '150221', '铝业'],
  ['包头市敕勒川生态农牧有限公司', '150221', '农牧业'],
  // 固阳县
  ['包头市固阳金山硅业有限公司', '150222', '硅材料及光伏'],
  // 达尔罕茂明安联合旗
  ['包头市达茂风电运维有限公司', '150223', '新能源'],
];

export const EMPLOYER_IDS = ENTERPRISES.map((_, i) => `org-emp-${String(i + 1).padStart(2, '0')}`);

export const DEMO_ORGANIZATIONS: OrgSeed[] = [
  { _id: 'org-city-bureau', type: 'city_bureau', name: '包头市人力资源和社会保障局', district: '150204' },
  { _id: 'org-kdl-bureau', type: 'district_bureau', name: '昆都仑区人力资源和社会保障局', district: KDL },
  { _id: 'org-xtgx-bureau', type: 'district_bureau', name: '包头稀土高新区组织人社部', district: XTGX },
  ...ENTERPRISES.map(([name, district, industry], i): OrgSeed => ({ _id: EMPLOYER_IDS[i], type: 'employer', name, district, industry })),
  { _id: 'org-talent-city', type: 'talent_centre', name: '包头市人才交流服务中心', district: '150204' },
  { _id: 'org-talent-kdl', type: 'talent_centre', name: '昆都仑区人才交流服务中心', district: KDL },
  { _id: 'org-talent-xtgx', type: 'talent_centre', name: '稀土高新区人才服务中心', district: XTGX },
  { _id: 'org-talent-jy', type: 'talent_centre', name: '九原区人才交流服务中心', district: '150207' },
  { _id: 'org-soc-fic', type: 'social_org', name: '包头市工商业联合会', district: '150204' },
  { _id: 'org-soc-rare-earth', type: 'social_org', name: '包头市稀土行业协会', district: XTGX },
  { _id: 'org-soc-mech', type: 'social_org', name: '包头市机械工程学会', district: '150204' },
  { _id: 'org-soc-pv', type: 'social_org', name: '包头市光伏产业协会', district: '150207' },
  { _id: 'org-soc-build', type: 'social_org', name: '包头市建筑业协会', district: KDL },
  { _id: 'org-sp-xtgx', type: 'service_point', name: '稀土高新区创业孵化基地职称申报受理服务点', district: XTGX },
];
