/**
 * H5: Taro's own navigation bar (app.config `navigationStyle: 'default'`) shows each page's navigationBarTitleText, and
 * on a sub-page a back icon (or a home icon when the page was opened directly, with nothing to go back to) — as
 * plain divs with an SVG. Here they become buttons a screen reader names and a keyboard presses, with the word beside
 * the icon (返回 / 首页) for people who do not read icons. Taro's modal (showModal) gets the same: a dialog with
 * buttons, focus on its confirming button.
 */
const pressable = (el: HTMLElement, label: string) => {
  if (el.getAttribute('role') === 'button') return;
  el.setAttribute('role', 'button');
  el.setAttribute('tabindex', '0');
  el.setAttribute('aria-label', label);
  el.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  const word = document.createElement('span');
  word.className = 'zct-nav__word';
  word.setAttribute('aria-hidden', 'true');
  word.textContent = label === '返回' ? '返回' : '首页';
  el.appendChild(word);
  el.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    el.click();
  });
};

function navigationBar() {
  const bar = document.getElementById('taro-navigation-bar');
  if (!bar || bar.dataset.zct) return;
  bar.dataset.zct = '1';
  bar.setAttribute('role', 'banner');
  const back = bar.querySelector<HTMLElement>('.taro-navigation-bar-back');
  const home = bar.querySelector<HTMLElement>('.taro-navigation-bar-home');
  if (back) pressable(back, '返回');
  if (home) pressable(home, '返回首页');
}

function modals() {
  for (const modal of Array.from(document.querySelectorAll<HTMLElement>('.taro__modal:not([data-zct])'))) {
    modal.dataset.zct = '1';
    const content = modal.querySelector<HTMLElement>('.taro-modal__content');
    const title = modal.querySelector<HTMLElement>('.taro-modal__title');
    if (content) {
      content.setAttribute('role', 'alertdialog');
      content.setAttribute('aria-modal', 'true');
      if (title) {
        title.id = 'zct-modal-title';
        content.setAttribute('aria-labelledby', title.id);
      }
      const text = modal.querySelector<HTMLElement>('.taro-modal__text');
      if (text) {
        text.id = 'zct-modal-text';
        content.setAttribute('aria-describedby', text.id);
      }
    }
    const buttons = Array.from(modal.querySelectorAll<HTMLElement>('.taro-model__btn'));
    for (const b of buttons) {
      b.setAttribute('role', 'button');
      b.setAttribute('tabindex', '0');
      b.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        b.click();
      });
    }
    const confirm = modal.querySelector<HTMLElement>('.taro-model__confirm');
    // Taro fades the same modal in again by its style (display, then opacity): focus its button each time.
    const focus = () => {
      if (modal.style.display !== 'none' && modal.style.opacity !== '0') confirm?.focus();
    };
    new MutationObserver(focus).observe(modal, { attributes: true, attributeFilter: ['style'] });
    focus();
  }
}

export function accessibleNavigation(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const mark = () => {
    navigationBar();
    modals();
  };
  new MutationObserver(mark).observe(document.body, { childList: true });
  mark();
}
