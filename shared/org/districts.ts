/** Baotou's county-level areas (GB/T 2260 codes); 稀土高新区 is a functional zone with its own HR department. */
export const DISTRICTS = [
  { code: '150202', name: '东河区', bureau: '东河区人社局' },
  { code: '150203', name: '昆都仑区', bureau: '昆都仑区人社局' },
  { code: '150204', name: '青山区', bureau: '青山区人社局' },
  { code: '150205', name: '石拐区', bureau: '石拐区人社局' },
  { code: '150206', name: '白云鄂博矿区', bureau: '白云鄂博矿区人社局' },
  { code: '150207', name: '九原区', bureau: '九原区人社局' },
  { code: '150221', name: '土默特右旗', bureau: '土默特右旗人社局' },
  { code: '150222', name: '固阳县', bureau: '固阳县人社局' },
  { code: '150223', name: '达尔罕茂明安联合旗', bureau: '达尔罕茂明安联合旗人社局' },
  { code: '150271', name: '稀土高新区', bureau: '稀土高新区组织人社部' },
] as const;

export type DistrictCode = (typeof DISTRICTS)[number]['code'];
export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as unknown as readonly [DistrictCode, ...DistrictCode[]];

export function districtName(code: string): string {
  return DISTRICTS.find((d) => d.code === code)?.name ?? '未知地区';
}

export function isDistrictCode(code: string): code is DistrictCode {
  return DISTRICTS.some((d) => d.code === code);
}
