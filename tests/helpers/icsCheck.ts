/** RFC 5545 TEXT escapes undone: `\\`, `\;`, `\,` and `\n`. */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))

/** The content lines of an iCalendar body, unfolded. */
export function icsLines(body: string): string[] {
  return body.replace(/\r\n[ \t]/g, '').split('\r\n')
}

/** The unescaped value of the first `name:` property, or undefined. */
export function icsValue(body: string, name: string): string | undefined {
  const line = icsLines(body).find((l) => l.startsWith(`${name}:`))
  return line === undefined ? undefined : unescapeText(line.slice(name.length + 1))
}

/**
 * What breaks an iCalendar body's structure: line breaks other than CRLF (calendar apps treat a
 * bare CR or LF as a new line, i.e. a new property) and properties that text smuggled in.
 */
export function icsProblems(body: string, injected: RegExp): string[] {
  const problems: string[] = []
  if (/\r(?!\n)/.test(body)) problems.push('a bare CR')
  if (/(?<!\r)\n/.test(body)) problems.push('a bare LF')
  for (const line of icsLines(body)) if (injected.test(line)) problems.push(`injected: ${line}`)
  return problems
}
