import { rememberLang } from './remembered-lang.ts';

/**
 * Small conveniences on every reading page: `/` focuses search, the language
 * switch is remembered, copy buttons and section links copy to the clipboard.
 */

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]')) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

const announcer = document.querySelector<HTMLElement>('[data-copy-status]');

async function copy(text: string, done: string | undefined): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (announcer && done) announcer.textContent = done;
  } catch {
    if (announcer) announcer.textContent = announcer.dataset.failed ?? '';
  }
}

/** The language-neutral address of this page, from its `x-default` alternate. */
const neutralUrl = document.querySelector<HTMLLinkElement>('link[hreflang="x-default"]')?.href ?? location.href;

document.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-lang-switch], [data-copy-text], [data-copy-link]');
  if (!target) return;
  if (target.matches('[data-lang-switch]')) {
    rememberLang(target.getAttribute('hreflang') ?? '');
    return;
  }
  if (target.dataset.copyText !== undefined) {
    void copy(target.dataset.copyText, target.dataset.done);
    return;
  }
  event.preventDefault();
  const hash = target.getAttribute('href') ?? '';
  history.replaceState(null, '', hash);
  void copy(`${neutralUrl.split('#')[0]}${hash}`, target.dataset.done);
});

for (const button of document.querySelectorAll<HTMLElement>('[data-copy-text]')) button.hidden = false;

// The instant answers load only when a reader turns to the search box, so reading pages stay light.
for (const box of document.querySelectorAll<HTMLInputElement>('input[data-instant]')) {
  const start = () => void import('./instant-answers.ts').then((m) => m.attach(box));
  box.addEventListener('focus', start, { once: true });
  if (document.activeElement === box) start();
}
