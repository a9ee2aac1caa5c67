/** Escapes text for an SVG text node. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A 1200×630 link-preview card as SVG: the site name, the kind of page and an example line. */
export function previewSvg({ site, heading, line }: { site: string; heading: string; line: string }): string {
  const font = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', sans-serif";
  const mono = "'DejaVu Sans Mono', 'Noto Sans Mono CJK JP', monospace";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b5cad"/>
  <rect x="40" y="40" width="1120" height="550" rx="24" fill="#ffffff"/>
  <text x="100" y="150" font-family="${font}" font-size="44" font-weight="700" fill="#0b5cad">${xml(site)}</text>
  <text x="100" y="290" font-family="${font}" font-size="52" font-weight="700" fill="#1b1f24">${xml(heading)}</text>
  <rect x="100" y="380" width="1000" height="110" rx="12" fill="#eef1f4"/>
  <rect x="100" y="380" width="10" height="110" fill="#a3121f"/>
  <text x="140" y="450" font-family="${mono}" font-size="44" fill="#1b1f24">${xml(line)}</text>
</svg>`;
}
