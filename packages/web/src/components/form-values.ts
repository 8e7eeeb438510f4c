/** The text fields of a submitted form, trimmed (passwords excepted: spaces may be meant). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== 'string') continue;
    const input = form.elements.namedItem(name);
    const isPassword = input instanceof HTMLInputElement && input.type === 'password';
    values[name] = isPassword ? value : value.trim();
  }
  return values;
}

/** A value the API takes as absent when empty. */
export function optional(value: string | undefined): string | undefined {
  return value ? value : undefined;
}
