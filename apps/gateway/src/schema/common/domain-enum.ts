import { builder } from '../../builder.js';

/**
 * A GraphQL enum from one of the domain's string-literal lists: GraphQL names in UPPER_CASE,
 * the domain's own strings as values, so resolvers pass domain values through untouched.
 * Every value is described, keyed by the domain's string: a value added to the domain's list
 * does not compile until it says what it means.
 */
export function domainEnum<const T extends string>(name: string, values: readonly T[], description: string, valueDescriptions: Record<T, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [value.replace(/[.-]/g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), { value, description: valueDescriptions[value] }]),
    ) as Record<string, { value: T; description: string }>,
  });
}
