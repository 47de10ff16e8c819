/** A phone number as a link to call it, dialled without the spaces it is written with. */
export function PhoneLink({ phone, className = 'link' }: { phone: string; className?: string }) {
  return (
    <a href={`tel:${phone.replace(/\s/g, '')}`} className={className}>
      {phone}
    </a>
  )
}
