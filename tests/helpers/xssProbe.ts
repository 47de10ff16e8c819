import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'

/** What one page load showed: anything that ran, and anything in the DOM that could run. */
export type XssReport = {
  status: number
  /** Codes passed to the `__xss` trap, dialogs opened, console lines written by payloads. */
  ran: string[]
  dialogs: string[]
  console: string[]
  /** Inline handlers, script URLs, injected scripts, unparseable JSON-LD. */
  dom: string[]
  text: string
  title: string
  meta: Record<string, string>
  jsonLd: unknown[]
  /** Every link: its text and target. */
  links: { text: string; href: string }[]
}

/** A context whose pages carry the trap every payload calls, installed before any page script. */
export async function trappedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options)
  await context.addInitScript(() => {
    const ran: string[] = []
    Object.defineProperty(window, '__xssRan', { value: ran })
    Object.defineProperty(window, '__xss', { value: (code: unknown) => ran.push(String(code)) })
  })
  return context
}

/** Runs in the page: every attribute and script of the document, checked. */
function inspectDocument() {
  const dom: string[] = []
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      const where = `<${el.localName} ${name}="${value.slice(0, 80)}">`
      if (name.startsWith('on') || name === 'srcdoc') dom.push(where)
      // Browsers drop controls and whitespace anywhere in a scheme, and ignore its case.
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
      if (urlAttributes.includes(name) && /^(javascript:|vbscript:|data:text\/html)/.test(url))
        dom.push(where)
    }
  }
  const jsonLd: unknown[] = []
  for (const script of Array.from(document.scripts)) {
    const code = script.textContent ?? ''
    if (script.type === 'application/ld+json') {
      try {
        jsonLd.push(JSON.parse(code))
      } catch {
        dom.push(`unparseable JSON-LD: ${code.slice(0, 120)}`)
      }
    } else if (code.includes('__xss') && !/^\(?self\.__next_f/.test(code)) {
      // Next's own flight-data scripts carry page text as escaped JSON; anything else is injected.
      dom.push(`injected script: ${code.slice(0, 120)}`)
    }
  }
  for (const el of Array.from(document.querySelectorAll('iframe, object, embed')))
    dom.push(`<${el.localName}>`)
  const meta: Record<string, string> = {}
  for (const el of Array.from(document.querySelectorAll('meta[property], meta[name]'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name')!
    meta[key] = el.getAttribute('content') ?? ''
  }
  const links = Array.from(document.querySelectorAll('a')).map((a) => ({
    text: (a.textContent ?? '').trim().slice(0, 120),
    href: a.getAttribute('href') ?? '',
  }))
  return {
    links,
    ran: [...((window as unknown as { __xssRan?: string[] }).__xssRan ?? [])],
    dom,
    text: document.body?.innerText ?? '',
    title: document.title,
    meta,
    jsonLd,
  }
}

/** Records what a page's payloads might do from now on: dialogs and their console lines. */
export function watch(page: Page) {
  const seen = { dialogs: [] as string[], console: [] as string[] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.text().startsWith('xss-ran')) seen.console.push(message.text())
  })
  return seen
}

/** The report on a page as it stands, after `watch` has been listening to it. */
export async function inspect(
  page: Page,
  seen: ReturnType<typeof watch>,
  status = 200,
): Promise<XssReport> {
  // onerror of a broken image and onload of an SVG fire around `load`; give them a moment.
  await page.waitForTimeout(300)
  return { status, ...seen, ...(await page.evaluate(inspectDocument)) }
}

/**
 * Loads `url` in `context` and reports. `ready` is a selector to wait for on pages that render
 * in the browser (the admin).
 */
export async function visit(
  context: BrowserContext,
  url: string,
  ready?: string,
): Promise<XssReport> {
  const page = await context.newPage()
  const seen = watch(page)
  try {
    const response = await page.goto(url, { waitUntil: 'load' })
    if (ready) await page.waitForSelector(ready, { timeout: 30_000 })
    return await inspect(page, seen, response?.status() ?? 0)
  } finally {
    await page.close()
  }
}

/** The parts of a report that must be empty, labelled with the page, for one readable assert. */
export function executed(path: string, report: XssReport): string[] {
  return [
    ...report.ran.map((code) => `${path}: __xss('${code}') ran`),
    ...report.dialogs.map((m) => `${path}: dialog "${m}"`),
    ...report.console.map((m) => `${path}: console "${m}"`),
    ...report.dom.map((m) => `${path}: ${m}`),
  ]
}
