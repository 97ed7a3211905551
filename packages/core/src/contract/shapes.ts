/**
 * A type-level check that an answer schema lists every field of the core type a route answers. The answer check at
 * run time (server `routes.ts`) only sees the fields a test happens to send; this sees every optional one too, so
 * `npm run check` fails the moment a rule's type grows a field the contract does not describe.
 */

type KeysOf<S> = S extends unknown ? keyof S : never;
type FieldOf<S, K extends PropertyKey> = S extends unknown ? (K extends keyof S ? S[K] : never) : never;

/**
 * The fields of `T` (a core type) that `S` (an answer schema's output type) does not list, as dotted paths; `never`
 * when it lists them all. Arrays and nullable fields are followed; each member of a union is checked.
 */
export type UnlistedFields<T, S, P extends string = ""> = T extends readonly (infer TI)[]
  ? UnlistedFields<TI, S extends readonly (infer SI)[] ? SI : never, P>
  : T extends object
    ? {
        [K in keyof T & string]-?: K extends KeysOf<NonNullable<S>>
          ? UnlistedFields<NonNullable<T[K]>, NonNullable<FieldOf<NonNullable<S>, K>>, `${P}${K}.`>
          : `${P}${K}`;
      }[keyof T & string]
    : never;
