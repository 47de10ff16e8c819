import { badJsonBodies } from './badInput'
import { baseUrl } from './browser'
import type { Probe } from './rawHttp'

/** A server-action form as the page renders it (React's hidden `$ACTION_*` inputs included). */
export type ActionForm = {
  path: string
  actionId: string
  hidden: [string, string][]
  fields: string[]
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Reads the first POST form of a page: its hidden inputs, its other fields and its action id. */
export async function readActionForm(path: string): Promise<ActionForm> {
  const html = await (await fetch(`${baseUrl()}${path}`)).text()
  const form = html.match(/<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/)?.[1]
  if (!form) throw new Error(`${path} has no POST form`)
  const hidden: [string, string][] = []
  const fields: string[] = []
  for (const tag of form.match(/<(?:input|textarea|select)\b[^>]*>/g) ?? []) {
    const name = tag.match(/\bname="([^"]*)"/)?.[1]
    if (!name) continue
    if (/type="hidden"/.test(tag))
      hidden.push([name, decode(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? '')])
    else if (!fields.includes(name)) fields.push(name)
  }
  const ref = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1]
  const actionId = ref ? (JSON.parse(ref) as { id: string }).id : ''
  if (!actionId) throw new Error(`${path} has no server action`)
  return { path, actionId, hidden, fields }
}

type Part = { name: string; value: string; filename?: string }

export function multipart(parts: Part[]): { headers: Record<string, string>; body: string } {
  const boundary = `----sweep${Math.random().toString(16).slice(2)}`
  const body =
    parts
      .map(
        (p) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"` +
          (p.filename
            ? `; filename="${p.filename}"\r\nContent-Type: application/octet-stream`
            : '') +
          `\r\n\r\n${p.value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body }
}

const long = 'a'.repeat(5000)
/** Field values that never pass validation (no valid email among them), so nothing is stored. */
const fieldValues = ['', long, '\u0000', '\u202e\u200f', '🐼', '<script>', '-3']

/**
 * Bad posts to one action form: the no-JavaScript (multipart) form with bad fields and broken
 * React action fields, and the JavaScript (fetch, `Next-Action` header) call with bodies React
 * would never encode.
 */
export function actionProbes(form: ActionForm): Probe[] {
  const { path, actionId, hidden, fields } = form
  const post = (parts: Part[], extra: Record<string, string> = {}): Probe => {
    const { headers, body } = multipart(parts)
    return { method: 'POST', path, headers: { ...headers, ...extra }, body }
  }
  const hiddenParts = hidden.map(([name, value]) => ({ name, value }))
  const withHidden = (name: string, value: string) =>
    hiddenParts.map((p) => (p.name === name ? { name, value } : p))
  const stateField = hidden.find(([name]) => /^\$ACTION_\d+:1$/.test(name))![0]
  const refField = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))![0]
  const probes: Probe[] = []

  for (const value of fieldValues) {
    probes.push(post([...hiddenParts, ...fields.map((name) => ({ name, value }))]))
    probes.push(
      post([...hiddenParts, ...fields.map((name) => ({ name, value, filename: 'x.bin' }))]),
    )
  }
  probes.push(
    post([
      ...hiddenParts,
      ...fields.flatMap((name) => [
        { name, value: 'a' },
        { name, value: 'b' },
      ]),
    ]),
  )
  for (const state of ['[', '{}', '[1,2]', '["$K1"]', 'null', long]) {
    probes.push(post(withHidden(stateField, state)))
  }
  for (const ref of ['{', '{}', `{"id":"${actionId}"}`, `{"id":"${actionId}","bound":null}`]) {
    probes.push(post(withHidden(refField, ref)))
  }
  // An action this build does not have: Next's answer is 409 (the page is from another
  // deployment; reload it).
  const unknown = post(withHidden(refField, `{"id":"${'0'.repeat(42)}","bound":"$@1"}`))
  probes.push({ ...unknown, expect: [400, 404, 409] })
  probes.push(post(hiddenParts.filter((p) => !p.name.startsWith('$ACTION_REF'))))

  const fetchHeaders = { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' }
  for (const body of [...badJsonBodies, '[1,2]', '[null,null]', '["$K1"]', '{}', '["$@9"]']) {
    probes.push({ method: 'POST', path, headers: fetchHeaders, body })
  }
  for (const root of ['[', '["$K1"]', '[{"status":"idle"},"$K1"]', '[1,2]']) {
    probes.push(
      post(
        [
          { name: '0', value: root },
          { name: '1_email', value: 'x' },
        ],
        { 'next-action': actionId },
      ),
    )
  }
  for (const id of ['deadbeef', '0'.repeat(42), long, '%00']) {
    probes.push({
      method: 'POST',
      path,
      headers: { ...fetchHeaders, 'next-action': id },
      body: '[]',
    })
  }
  return probes
}
