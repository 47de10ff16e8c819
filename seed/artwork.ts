import sharp from 'sharp'

/** One colour per kind of content, echoing the site's palette. */
export const palette: Record<string, [string, string]> = {
  articles: ['#7a1f2b', '#e0603a'],
  attractions: ['#0f4c5c', '#2a9d8f'],
  events: ['#5b2a86', '#e76f51'],
  businesses: ['#1d3557', '#457b9d'],
  districts: ['#264653', '#8ab17d'],
}

/** A small deterministic generator, so a reseed draws the same pictures. */
function random(seed: number): () => number {
  let state = (seed * 2654435761 + 1) >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** A ridge line across the picture, between `top` and `top + span`, closed down to the bottom. */
function ridge(next: () => number, top: number, span: number, steps: number): string {
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const x = Math.round((1600 / steps) * i)
    return `L${x} ${Math.round(top + next() * span)}`
  })
  return `M0 900 ${points.join(' ')} L1600 900 Z`
}

/**
 * Towers standing on the hills, as on the peninsula between the two rivers; `lit` adds the
 * windows of the city's night view.
 */
function skyline(next: () => number, lit = false): string {
  const towers: string[] = []
  const windows: string[] = []
  for (let x = 60; x < 1540; x += 40 + Math.round(next() * 50)) {
    const width = 26 + Math.round(next() * 34)
    const height = 80 + Math.round(next() * 260)
    towers.push(`<rect x="${x}" y="${640 - height}" width="${width}" height="${height + 40}"/>`)
    for (let y = 660 - height; lit && y < 620; y += 22) {
      const left = x + 6 + Math.round(next() * (width - 18))
      if (next() < 0.3) windows.push(`<rect x="${left}" y="${y}" width="6" height="9"/>`)
    }
  }
  return `<g fill="#0b1320" opacity="0.55">${towers.join('')}</g><g fill="#ffd27a" opacity="0.75">${windows.join('')}</g>`
}

/** An arch bridge over the river, after the ones that cross the Yangtze and the Jialing. */
const bridge = `<g fill="none" stroke="#fff" opacity="0.5">
    <path d="M180 700 Q800 440 1420 700" stroke-width="12"/>
    <path d="M180 610 L1420 610" stroke-width="10"/>
    ${Array.from({ length: 13 }, (_, i) => {
      const x = 260 + i * 90
      return `<path d="M${x} 610 L${x} ${Math.round(700 - 130 * (1 - ((x - 800) / 620) ** 2))}" stroke-width="4"/>`
    }).join('')}
  </g>`

/** Chimneys and a blast furnace: the steel plant and the works turned into cultural parks. */
function works(next: () => number): string {
  const stacks = Array.from({ length: 4 }, (_, i) => {
    const x = 980 + i * 130 + Math.round(next() * 40)
    const height = 220 + Math.round(next() * 160)
    return `<path d="M${x} 640 L${x + 10} ${640 - height} L${x + 36} ${640 - height} L${x + 46} 640 Z"/>`
  })
  return `<g fill="#0b1320" opacity="0.6">${stacks.join('')}<rect x="760" y="470" width="170" height="170"/></g>`
}

/** The scenes a picture shows one of, in turn, so that a list of cards does not repeat itself. */
const scenes: ((next: () => number) => string)[] = [
  (next) => skyline(next),
  (next) => works(next),
  (next) => `${skyline(next, true)}${bridge}`,
  () => bridge,
  (next) => skyline(next, true),
]

/**
 * A 1600×900 picture drawn locally (no network at seed time): a sky in the kind's colours,
 * the hills, one of the city's scenes and the river. It carries no words, so it reads the same in
 * every language; what it shows is said in the media's localized alt text.
 */
export async function artwork(kind: keyof typeof palette, seed: number): Promise<Buffer> {
  const [from, to] = palette[kind]
  const next = random(seed)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#g)"/>
  <circle cx="${Math.round(200 + next() * 1200)}" cy="${Math.round(140 + next() * 120)}" r="56" fill="#fff" opacity="0.22"/>
  <path d="${ridge(next, 300, 200, 8)}" fill="#000" opacity="0.12"/>
  ${scenes[seed % scenes.length](next)}
  <path d="${ridge(next, 560, 90, 6)}" fill="#000" opacity="0.2"/>
  <path d="M0 760 C300 700 500 820 800 760 S1300 700 1600 760 L1600 900 L0 900 Z" fill="#fff" opacity="0.12"/>
  <path d="M0 760 C300 700 500 820 800 760 S1300 700 1600 760" stroke="#fff" stroke-width="8" fill="none" opacity="0.35"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
