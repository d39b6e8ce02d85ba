/** DevOpenFromGroup (H5 dev builds): one button per simulated chat, each opening the card's page "from" that chat. */
jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
import { fireEvent, render } from '@testing-library/react';
import { cardPath } from '@shared/groups/cards';
import { DEV_CHATS } from '@shared/groups/dev-chats';
import { DevOpenFromGroup } from '../../../client/src/features/groups/DevOpenFromGroup.h5';
import { page, resetPage } from './support/pages';

const devLogin = process.env.TARO_APP_DEV_LOGIN;
beforeEach(() => {
  resetPage();
  process.env.TARO_APP_DEV_LOGIN = 'true';
});
afterAll(() => {
  process.env.TARO_APP_DEV_LOGIN = devLogin;
});

it('offers each simulated chat as a labelled button and opens the card page with devGroup (and devChat for 私聊)', () => {
  const path = cardPath('group', 'grp-1');
  const { container } = render(<DevOpenFromGroup path={path} />);
  const box = container.querySelector('#dev-open-from-group')!;
  expect(box.getAttribute('role')).toBe('group');
  expect(box.getAttribute('aria-label')).toContain('模拟微信群');
  const buttons = DEV_CHATS.map((c) => container.querySelector(`#dev-open-from-group-${c.key}`)!);
  expect(buttons.map((b) => b.textContent)).toEqual([
    '在模拟微信群「昆都仑区职称工作联络群」中打开',
    '在模拟微信群「稀土高新区职称工作联络群」中打开',
    '在模拟微信群「另一个微信群」中打开',
    '在私聊中打开',
  ]);
  fireEvent.click(buttons[0]);
  fireEvent.click(buttons[3]);
  expect(page.navigateTo.mock.calls.map((c) => c[0].url)).toEqual([
    `${path}&devGroup=wx-kdl-liaison`,
    `${path}&devGroup=single&devChat=single`,
  ]);
});

it('renders nothing in a build without dev login', () => {
  process.env.TARO_APP_DEV_LOGIN = 'false';
  const { container } = render(<DevOpenFromGroup path={cardPath('group', 'grp-1')} />);
  expect(container.innerHTML).toBe('');
});
