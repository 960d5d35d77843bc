import type { ReactNode } from 'react';

/** A labelled text or search box in an NL Design System form field. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  maxLength,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'search';
  maxLength?: number;
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="utrecht-textbox"
        type={type}
        value={value}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A labelled select; `children` are its options. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="utrecht-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  className = 'utrecht-form-field utrecht-form-field--checkbox',
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
