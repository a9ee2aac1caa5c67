import type { Format } from './types.ts';

// Japanese-language reports from Japanese providers' MTAs (human part in ISO-2022-JP or UTF-8).
const ADDRESS = /^(?:宛先|宛先アドレス|送信先|受信者)\s*:\s*<?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?$/;

export const japanese: Format = {
  name: 'japanese',
  signs: [
    '宛先のメールアドレスが見つかりません',
    '以下のアドレスへの配信に失敗しました',
    '配信に失敗しました',
    '配信できませんでした',
    'メールアドレスが見つかりません',
    '送信できませんでした',
  ],
  hint(line) {
    if (!/宛先|送信先|受信者/.test(line)) return undefined;
    const m = ADDRESS.exec(line.trim());
    return m ? { address: m[1] } : undefined;
  },
};
