type Props = { name: string; label: string; value?: string }

/** The browser's own date picker: accessible, localized, and no script to ship. */
export function DateField({ name, label, value }: Props) {
  const id = `filter-${name}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value}
        min="2000-01-01"
        max="2100-12-31"
        className="field"
      />
    </div>
  )
}
