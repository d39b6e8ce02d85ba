/**
 * H5: Taro's Picker wheels answer only to touch and mouse drags. For a keyboard (or switch) user the trigger is a
 * button (Tab to it, Enter / Space opens the wheels); in the open picker each column is a spin button (Tab between
 * columns and 取消 / 确定, ↑ ↓ one row, PageUp / PageDown five, Enter confirms, Esc cancels) and focus returns to
 * the trigger. A row is turned the way a finger would: a short drag on the column (the wheel's own handlers).
 */
const ROW = 34; // Taro's picker line height (components/picker/constant: LINE_HEIGHT)
const TOP = 102; // the offset of the first row (TOP)

type Key = { key?: string; preventDefault?: () => void; currentTarget?: unknown };

/** Taro moves the open picker's overlay to <body>: the visible one is the one just opened. */
function visibleOverlay(): HTMLElement | null {
  return (
    Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).find((o) => getComputedStyle(o).display !== 'none') ?? null
  );
}

function rowOf(group: HTMLElement): { index: number; text: string } {
  const content = group.querySelector<HTMLElement>('.weui-picker__content');
  const y = Number(/translate3d\(0(?:px)?,\s*(-?[\d.]+)px/.exec(content?.style.transform ?? '')?.[1] ?? TOP);
  const items = Array.from(group.querySelectorAll('.weui-picker__item'));
  const index = Math.max(0, Math.min(items.length - 1, Math.round((TOP - y) / ROW)));
  return { index, text: items[index]?.textContent?.trim() ?? '' };
}

function describe(group: HTMLElement): void {
  const { index, text } = rowOf(group);
  group.setAttribute('aria-valuenow', String(index));
  group.setAttribute('aria-valuetext', text);
}

/** Turn a column by `rows` (positive: the next rows) with a drag on it, as a finger would. */
function turn(group: HTMLElement, rows: number): void {
  const box = group.getBoundingClientRect();
  const y = box.top + box.height / 2;
  const send = (type: string, clientY: number) => group.dispatchEvent(new MouseEvent(type, { clientY, bubbles: true }));
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  // The wheel's position is a prop its picker sets back after a render: the drag ends only once it has moved,
  // or the wheel snaps back to where it was (a finger's drag spans frames the same way).
  void (async () => {
    send('mousedown', y);
    send('mousemove', y - rows * ROW);
    await frame();
    await frame();
    send('mouseup', y - rows * ROW);
    await frame();
    await frame();
    describe(group);
  })();
}

function enhance(overlay: HTMLElement, label: string, back: HTMLElement): void {
  const groups = Array.from(overlay.querySelectorAll<HTMLElement>('.weui-picker__group'));
  const actions = Array.from(overlay.querySelectorAll<HTMLElement>('.weui-picker__action'));
  const names = groups.length === 3 ? ['年', '月', '日'] : groups.map((_g, i) => (groups.length > 1 ? `第 ${i + 1} 列` : '选项'));
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-label', label);
  groups.forEach((g, i) => {
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'spinbutton');
    g.setAttribute('aria-label', `${label}：${names[i]}（上下方向键选择）`);
    describe(g);
  });
  actions.forEach((a) => {
    a.setAttribute('tabindex', '0');
    a.setAttribute('role', 'button');
  });
  if (overlay.dataset.keys !== 'on') {
    overlay.dataset.keys = 'on';
    overlay.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      const group = groups.find((g) => g === target);
      const close = (which: number) => {
        actions[which]?.click();
        back.focus();
      };
      let handled = true;
      if (e.key === 'Escape') close(0);
      else if (group && e.key === 'ArrowDown') turn(group, 1);
      else if (group && e.key === 'ArrowUp') turn(group, -1);
      else if (group && e.key === 'PageDown') turn(group, 5);
      else if (group && e.key === 'PageUp') turn(group, -5);
      else if (group && e.key === 'Enter') close(1);
      else if (!group && actions.includes(target) && (e.key === 'Enter' || e.key === ' ')) close(actions.indexOf(target));
      else handled = false;
      if (handled) e.preventDefault();
    });
  }
  groups[0]?.focus();
}

export function pickerKeys(label: string): object {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-haspopup': 'dialog',
    onKeyDown: (e: Key) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault?.();
      const trigger = e.currentTarget as HTMLElement;
      trigger.click();
      let frames = 0;
      const look = () => {
        const overlay = visibleOverlay();
        if (overlay) enhance(overlay, label, trigger);
        else if (frames++ < 30) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    },
  };
}
