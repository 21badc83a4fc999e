import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';

/**
 * A react-hook-form resolver over a zod (v4) schema, for flat forms (every field a top-level
 * key). Written here instead of installing @hookform/resolvers: this is all the editor needs.
 * The form keeps its own (string) values; the schema only decides what is valid.
 */
export function zodResolver<TValues extends FieldValues>(
  schema: z.ZodMiniType<unknown, TValues>,
): Resolver<TValues> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join('.');
      errors[name] ??= { type: issue.code, message: issue.message };
    }
    // Flat form: a record of field name → error is exactly FieldErrors<TValues>.
    return { values: {}, errors: errors as FieldErrors<TValues> };
  };
}
