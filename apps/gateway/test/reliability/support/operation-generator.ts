import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Ids worth trying: real ones of every type, foreign and missing ones, and malformed ones. */
export type IdPool = string[];

export type GeneratorOptions = {
  ids: IdPool;
  /** Root fields never generated (ones that would end the role's own session). */
  skipFields: Set<string>;
  maxDepth: number;
};

const STRINGS = [
  '',
  ' ',
  'a',
  '投诉',
  '卷帘门卡住',
  "' OR 1=1 --",
  '"; DROP TABLE tickets; --',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '${{7*7}}',
  '\u0000',
  '😀',
  'x'.repeat(70),
  '测'.repeat(600),
  '2026-02-30',
  '2026-11-25',
  '2026-11-25T08:00:00.000Z',
  'not-a-date',
  'YWJj',
];
const INTS = [0, 1, 2, 3, 5, 20, 100, 101, -1, -2147483648, 2147483647, 99999];
const FLOATS = [0, 1.5, -1, 1e21];
const DATES = ['2026-11-25T08:00:00.000Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '2026-13-45T99:00:00Z', ''];
const LOCAL_DATES = ['2026-11-25', '2026-02-29', '2024-02-29', '1900-01-01', '26-1-1', ''];

/** Prints a GraphQL literal for a generated value. */
function literal(value: unknown, enumValue = false): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumValue)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal((v as { value?: unknown; enum?: boolean })?.value ?? v, (v as { enum?: boolean })?.enum ?? false)}`)
      .join(', ')} }`;
  }
  if (enumValue) return String(value);
  return JSON.stringify(value);
}

type Literal = string;

/** A value for an input type, mostly well-typed, sometimes not (null for non-null, wrong kind). */
function inputValue(type: GraphQLInputType, options: GeneratorOptions, depth: number): fc.Arbitrary<Literal> {
  const wrong = fc.constantFrom('null', '"wrong"', '42', 'true', '[]', '{}', 'NOT_A_VALUE');
  const right = ((): fc.Arbitrary<Literal> => {
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      if (depth > 3) return fc.constant('[]');
      return fc.array(inputValue(inner.ofType, options, depth + 1), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`);
    }
    if (isEnumType(inner)) return fc.constantFrom(...inner.getValues().map((v) => v.name));
    if (isInputObjectType(inner)) {
      if (depth > 3) return fc.constant('{}');
      const fields = Object.values(inner.getFields());
      return fc
        .tuple(...fields.map((f) => fc.option(inputValue(f.type, options, depth + 1), { freq: isNonNullType(f.type) ? 12 : 2, nil: undefined })))
        .map((values) => `{ ${fields.flatMap((f, i) => (values[i] === undefined ? [] : [`${f.name}: ${values[i]}`])).join(', ')} }`);
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'ID':
          return fc.constantFrom(...options.ids).map((v) => literal(v));
        case 'Int':
          return fc.oneof(fc.constantFrom(...INTS), fc.integer({ min: -5, max: 200 })).map(String);
        case 'Float':
          return fc.constantFrom(...FLOATS).map(String);
        case 'Boolean':
          return fc.boolean().map(String);
        case 'DateTime':
          return fc.constantFrom(...DATES).map((v) => literal(v));
        case 'LocalDate':
          return fc.constantFrom(...LOCAL_DATES).map((v) => literal(v));
        case 'File':
          return fc.constant('null');
        default:
          return fc.oneof(fc.constantFrom(...STRINGS), fc.string({ maxLength: 30 })).map((v) => literal(v));
      }
    }
    return fc.constant('null');
  })();
  return fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

function argumentsOf(args: readonly GraphQLArgument[], options: GeneratorOptions): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  return fc
    .tuple(...args.map((a) => fc.option(inputValue(a.type, options, 0), { freq: isNonNullType(a.type) ? 20 : 2, nil: undefined })))
    .map((values) => {
      const parts = args.flatMap((a, i) => (values[i] === undefined ? [] : [`${a.name}: ${values[i]}`]));
      return parts.length ? `(${parts.join(', ')})` : '';
    });
}

/** A selection set on a named output type, `depth` levels left. */
function selection(schema: GraphQLSchema, type: GraphQLNamedType, options: GeneratorOptions, depth: number): fc.Arbitrary<string> {
  if (isScalarType(type) || isEnumType(type)) return fc.constant('');
  if (depth <= 0) return fc.constant('{ __typename }');
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    return fc
      .subarray([...possible], { minLength: 0, maxLength: 2 })
      .chain((chosen) =>
        chosen.length === 0
          ? fc.constant(isInterfaceType(type) ? `{ __typename ${Object.keys(type.getFields()).join(' ')} }` : '{ __typename }')
          : fc.tuple(...chosen.map((t) => selection(schema, t, options, depth - 1))).map((sets) => `{ __typename ${chosen.map((t, i) => `... on ${t.name} ${sets[i]}`).join(' ')} }`),
      );
  }
  const fields = Object.values((type as GraphQLObjectType).getFields());
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(5, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldSelection(schema, f, options, depth - 1))))
    .map((parts) => `{ ${parts.join(' ')} }`);
}

function fieldSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, options: GeneratorOptions, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  return fc
    .tuple(argumentsOf(field.args, options), selection(schema, named, options, depth), fc.option(fc.constantFrom('a1', 'a2'), { freq: 8 }))
    .map(([args, sub, alias]) => `${alias ? `${alias}_${field.name}: ` : ''}${field.name}${args} ${sub}`.trim());
}

/** Whole operations against `root` (Query or Mutation): one to three root fields, printed. */
export function operations(schema: GraphQLSchema, rootName: 'query' | 'mutation', options: GeneratorOptions): fc.Arbitrary<string> {
  const root = rootName === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const fields = Object.values(root.getFields()).filter((f) => !options.skipFields.has(f.name));
  const rootFields = fc.subarray(fields, { minLength: 1, maxLength: rootName === 'query' ? 3 : 1 });
  return rootFields
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldSelection(schema, f, options, options.maxDepth))))
    .map((parts) => `${rootName} { ${parts.join(' ')} }`);
}

/** A few operations that are plainly broken, as a client might send them. */
export const brokenOperations = fc.constantFrom(
  '{',
  'query { tickets(first: ) }',
  'mutation { nope }',
  '{ __schema { types { name } } }',
  'subscription { ticketUpdated(id: "x") { version } }',
  '{ ticket(id: "") { id } }',
  '{ viewer { username } } { viewer { username } }',
  '{ tickets(first: 1) @skip(if: true) { edges { cursor } } }',
  'fragment F on Ticket { id } { viewer { username } }',
  '',
);

export { isObjectType };
