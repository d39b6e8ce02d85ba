/**
 * 宣讲对象: roles, districts and industries (the audience part of the announcements' target). A city officer
 * chooses districts; a district officer's sessions are for their own district (shown, not editable — rule
 * briefing-organizers). Nothing chosen in a kind is 不限, said in words.
 * Test hooks: #audience-roles, #audience-districts, #audience-district-fixed, #audience-industries (each
 *   option #<id>-<value>), #edit-audience-error
 */
import { Text, View } from '@tarojs/components';
import type { AudienceRole, Target } from '@shared/announcements/target';
import { AUDIENCE_ROLE_LABELS, AUDIENCE_ROLES } from '@shared/announcements/target';
import { DISTRICTS, districtName, type DistrictCode } from '@shared/org/districts';
import { INDUSTRIES, type Industry } from '@shared/org/organizations';
import { FieldFooter } from '../../components/FieldFooter';
import { CheckChips } from '../../components/CheckChips';

const ROLE_OPTIONS = AUDIENCE_ROLES.map((r) => ({ value: r as AudienceRole, label: AUDIENCE_ROLE_LABELS[r] }));
const DISTRICT_OPTIONS = DISTRICTS.map((d) => ({ value: d.code as DistrictCode, label: d.name as string }));
const INDUSTRY_OPTIONS = INDUSTRIES.map((i) => ({ value: i as Industry, label: i as string }));

function Kind({ label, none, children }: { label: string; none: boolean; children: React.ReactNode }) {
  return (
    <View className="target-kind">
      <View className="target-kind__head">
        <Text className="field__label">{label}</Text>
        {none ? <Text className="target-kind__any">（不限）</Text> : null}
      </View>
      {children}
    </View>
  );
}

export function AudienceField({
  value,
  onChange,
  fixedDistrict,
  error,
  disabled,
}: {
  value: Target;
  onChange: (t: Target) => void;
  /** The district officer's own district; null for the city. */
  fixedDistrict: DistrictCode | null;
  error?: string;
  disabled?: boolean;
}) {
  const set = (patch: Partial<Target>) => !disabled && onChange({ ...value, ...patch });
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id="edit-audience">
      <Text className="field__label audience-title">宣讲对象</Text>
      <Kind label="身份" none={!value.roles?.length}>
        <CheckChips
          id="audience-roles"
          label="宣讲对象的身份"
          options={ROLE_OPTIONS}
          value={value.roles ?? []}
          onChange={(roles) => set({ roles })}
        />
      </Kind>
      <Kind label="旗县区" none={!fixedDistrict && !value.districts?.length}>
        {fixedDistrict ? (
          <Text
            id="audience-district-fixed"
            className="card__text"
          >{`${districtName(fixedDistrict)}（旗县区组织的宣讲面向本旗县区）`}</Text>
        ) : (
          <CheckChips
            id="audience-districts"
            label="宣讲对象所在的旗县区"
            options={DISTRICT_OPTIONS}
            value={(value.districts ?? []) as DistrictCode[]}
            onChange={(districts) => set({ districts })}
          />
        )}
      </Kind>
      <Kind label="行业" none={!value.industries?.length}>
        <CheckChips
          id="audience-industries"
          label="宣讲对象所在的行业"
          options={INDUSTRY_OPTIONS}
          value={(value.industries ?? []) as Industry[]}
          onChange={(industries) => set({ industries })}
        />
      </Kind>
      <Text className="field__hint">不同类别之间是“并且”，同一类别里的多个选择是“或者”；不选就是不限。</Text>
      <FieldFooter id="edit-audience" error={error} />
    </View>
  );
}
