/**
 * 首页 on H5 loads its live sections after the first paint (LazyHomeSections.h5.tsx): the intro needs no
 * download of its own; when the sections' download fails the page says so in one line and 重试 loads them.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';

let attempts = 0;
jest.mock('../../../client/src/features/home/HomeSections', () => {
  attempts++;
  if (attempts === 1) throw new Error('ChunkLoadError: Loading chunk 1543 failed.');
  return { HomeSections: () => <div id="home-notices">我的通知</div> };
});

import { LazyHomeSections } from '../../../client/src/features/home/LazyHomeSections.h5';

describe('首页 live sections on H5', () => {
  test('a failed download says so once and offers 重试; 重试 loads the sections', async () => {
    const view = render(<LazyHomeSections />);
    const failed = await waitFor(() => {
      const el = view.container.querySelector('#home-sections-failed');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(failed.getAttribute('role')).toBe('alert');
    expect(failed.textContent).toContain('网络不通，通知和宣讲暂时没有加载。');
    expect(view.container.querySelector('#home-notices')).toBeNull();

    await act(async () => {
      fireEvent.click(view.container.querySelector('#home-sections-retry')!);
    });
    await waitFor(() => expect(view.container.querySelector('#home-notices')?.textContent).toBe('我的通知'));
    expect(view.container.querySelector('#home-sections-failed')).toBeNull();
    expect(attempts).toBe(2);

    // Loaded once, a later 首页 (switching back to the tab) shows them at once.
    const again = render(<LazyHomeSections />);
    expect(again.container.querySelector('#home-notices')).not.toBeNull();
  });
});
