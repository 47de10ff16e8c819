type Option = { value: string; label: string }
type Props = { name: string; label: string; anyLabel: string; options: Option[]; value?: string }

export function SelectField({ name, label, anyLabel, options, value }: Props) {
  const id = `filter-${name}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="field">
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
