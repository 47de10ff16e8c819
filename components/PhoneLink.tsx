/**
 * A phone number as a link to call it, dialled without the spaces it is written with, and kept
 * left to right in an Arabic sentence (else `+86 23 …` reads `… 23 86+`).
 */
export function PhoneLink({ phone, className = 'link' }: { phone: string; className?: string }) {
  return (
    <a href={`tel:${phone.replace(/\s/g, '')}`} className={className} dir="ltr">
      {phone}
    </a>
  )
}
