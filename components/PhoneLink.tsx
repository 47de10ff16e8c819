/** A phone number as a link to call it (dialled without its spaces), or null for a fact list. */
export function phoneLink(phone: string | null | undefined) {
  if (!phone) return null
  return (
    <a href={`tel:${phone.replace(/\s/g, '')}`} className="link">
      {phone}
    </a>
  )
}
