import { registerEnumType } from 'type-graphql';

/** An enum written once as its list of values: `{ A: 'A', B: 'B' }`, frozen. */
export type EnumObject<V extends string> = { readonly [K in V]: K };

/** The values of an enum object, as a type: `type Role = EnumValue<typeof Role>`. */
export type EnumValue<E extends EnumObject<string>> = E[keyof E];

/** The enum object of a list of values, so that no value is spelled twice. */
export function enumOf<const V extends string>(values: readonly V[]): EnumObject<V> {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumObject<V>;
}

/**
 * A GraphQL enum: its values, either listed or each with the sentence the schema describes it
 * with, registered with type-graphql under `name`. Replaces a TypeScript `enum` plus a
 * `registerEnumType` call that had to repeat every value in its `valuesConfig`.
 */
export function graphqlEnum<const V extends string>(
  name: string,
  values: readonly V[] | Readonly<Record<V, string>>,
  description?: string,
): EnumObject<V> {
  const descriptions = Array.isArray(values) ? undefined : (values as Readonly<Record<V, string>>);
  const enumObject = enumOf(descriptions ? (Object.keys(descriptions) as V[]) : (values as readonly V[]));
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: descriptions
      ? (Object.fromEntries(Object.entries(descriptions).map(([value, text]) => [value, { description: text }])) as Record<
          V,
          { description: string }
        >)
      : undefined,
  });
  return enumObject;
}
