type Props = { name: string; label: string; checked: boolean }

export function CheckboxField({ name, label, checked }: Props) {
  const id = `filter-${name}`
  return (
    <div className="flex items-end">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="1"
          defaultChecked={checked}
          className="h-6 w-6 accent-river"
        />
        {label}
      </label>
    </div>
  )
}
