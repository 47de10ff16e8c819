import sharp from 'sharp'

/** One colour per kind of content, echoing the site's palette. */
export const palette: Record<string, [string, string]> = {
  articles: ['#7a1f2b', '#e0603a'],
  attractions: ['#0f4c5c', '#2a9d8f'],
  events: ['#5b2a86', '#e76f51'],
  businesses: ['#1d3557', '#457b9d'],
  districts: ['#264653', '#8ab17d'],
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A 1600×900 poster drawn locally (no network at seed time): a gradient, mountains and a river
 * line for Chongqing, and the item's English name.
 */
export async function artwork(
  title: string,
  kind: keyof typeof palette,
  seed: number,
): Promise<Buffer> {
  const [from, to] = palette[kind]
  const h = (n: number) => 420 + ((seed * 37 + n * 53) % 180)
  const words = title.length > 34 ? title.slice(0, 33) + '…' : title
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#g)"/>
  <path d="M0 ${h(1)} L260 ${h(2) - 140} L520 ${h(3)} L800 ${h(4) - 200} L1080 ${h(5)} L1340 ${h(6) - 120} L1600 ${h(7)} L1600 900 L0 900 Z" fill="#000" opacity="0.18"/>
  <path d="M0 700 C300 640 500 760 800 700 S1300 640 1600 700" stroke="#fff" stroke-width="10" fill="none" opacity="0.35"/>
  <text x="80" y="820" font-family="DejaVu Sans, Arial, sans-serif" font-size="72" font-weight="700" fill="#fff">${escape(words)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
