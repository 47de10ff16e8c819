/** The number of results, announced to screen readers when a filter changes it. */
export function ResultCount({ text }: { text: string }) {
  return (
    <p role="status" aria-live="polite" className="my-6 font-semibold text-stone">
      {text}
    </p>
  )
}
