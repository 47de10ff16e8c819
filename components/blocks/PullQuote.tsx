export function PullQuote({ text, cite }: { text: string; cite?: string | null }) {
  return (
    <figure className="my-8 border-s-4 border-chili ps-5">
      <blockquote className="font-display text-2xl leading-snug">{text}</blockquote>
      {cite && <figcaption className="mt-2 text-sm text-stone">— {cite}</figcaption>}
    </figure>
  )
}
