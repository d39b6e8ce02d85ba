/** Small client components rendered with Taro's H5 React components in jsdom. */
import { render, screen } from '@testing-library/react';
import type { GrantView } from '@shared/contracts';
import { RoleChip, roleChipText } from '../../../client/src/components/RoleChip';
import { TextField } from '../../../client/src/components/TextField';

const hr: GrantView = {
  id: 'g1',
  role: 'employer_hr',
  roleLabel: '单位人事',
  scope: { kind: 'org', orgId: 'o1' },
  scopeLabel: '包头某某稀土材料有限公司',
};

describe('RoleChip', () => {
  it('shows 「角色 · 范围」, and only the role for a role over oneself', () => {
    expect(roleChipText(hr)).toBe('单位人事 · 包头某某稀土材料有限公司');
    expect(roleChipText({ roleLabel: '申报人', scopeLabel: '本人', scope: { kind: 'self' } })).toBe('申报人');
    const { container } = render(<RoleChip grant={hr} />);
    const chip = container.querySelector('.me-role');
    expect(chip?.textContent).toBe('单位人事 · 包头某某稀土材料有限公司');
    expect(chip?.className).toContain('me-role--employer_hr');
  });
});

describe('TextField', () => {
  it('shows the field error under the input with the <id>-error hook', () => {
    const { container } = render(
      <TextField id="profile-phone-input" label="手机号" value="123" onChange={() => undefined} error="请输入 11 位手机号" />,
    );
    expect(screen.getByText('请输入 11 位手机号')).toBeTruthy();
    expect(container.querySelector('#profile-phone-input-error')?.textContent).toBe('请输入 11 位手机号');
    expect(container.querySelector('#profile-phone-input')).toBeTruthy();
  });
});
