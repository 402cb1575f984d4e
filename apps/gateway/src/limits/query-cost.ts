import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LIST_SIZES, UNLISTED_LIST_SIZE } from './list-sizes.js';

/**
 * The cost of a query is the number of values its answer can hold: every field counts once for
 * each time it is resolved, and a list multiplies what is selected inside it by its size — a
 * page by the `first`/`last` it is asked for (a literal or a variable), anything else by the
 * size `LIST_SIZES` gives it. Fields merged under one response key count once; fragments on
 * different types add up (the answer holds one of them, so the sum only over-counts).
 *
 * A document is planned once and the plan is cached with it; each request then only reads the
 * variables the plan waits for. The document need not be valid yet: a field the schema lacks
 * counts 1 and a missing fragment nothing, and validation refuses them afterwards.
 */

/** A page size as the document asks for it: literals and variables, each clamped to the page's maximum. */
type PageSize = { asked: Array<number | { variable: string; fallback: number | null }>; default: number; max: number };

/** A cost known from the document alone, or a field waiting for the variables: 1 + multiplier × inside. */
type Cost = number | { multiplier: PageSize | number; inside: Cost[] };

export type CostPlan = { readonly fixed: number; readonly pending: readonly Cost[] };

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** The cost of one operation of `document` with these variables. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): number {
  return evaluatePlan(planFor(schema, document, operationName), variables);
}

const plans = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, CostPlan>>();
const NOTHING: CostPlan = { fixed: 0, pending: [] };

/**
 * The operation's plan, made on first use and kept with its node: Yoga hands the same parsed
 * document to every request of the same text, and forgets both together.
 */
export function planFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CostPlan {
  const operation = getOperationAST(document, operationName);
  // No such operation: execution refuses it, with nothing to count.
  if (!operation) return NOTHING;
  let bySchema = plans.get(schema);
  if (!bySchema) plans.set(schema, (bySchema = new WeakMap()));
  let plan = bySchema.get(operation);
  if (!plan) bySchema.set(operation, (plan = planOperation(schema, document, operation)));
  return plan;
}

export function evaluatePlan(plan: CostPlan, variables: Variables): number {
  let total = plan.fixed;
  for (const cost of plan.pending) total += evaluate(cost, variables);
  return total;
}

function evaluate(cost: Cost, variables: Variables): number {
  if (typeof cost === 'number') return cost;
  let inside = 0;
  for (const part of cost.inside) inside += evaluate(part, variables);
  return 1 + (typeof cost.multiplier === 'number' ? cost.multiplier : pageSize(cost.multiplier, variables)) * inside;
}

function pageSize(size: PageSize, variables: Variables): number {
  let largest: number | null = null;
  for (const asked of size.asked) {
    const value = typeof asked === 'number' ? asked : variableInt(variables, asked.variable) ?? asked.fallback;
    if (value !== null && (largest === null || value > largest)) largest = value;
  }
  return Math.min(Math.max(largest ?? size.default, 0), size.max);
}

/** An Int variable as the request sent it; anything else fails coercion at execution anyway. */
function variableInt(variables: Variables, name: string): number | null {
  const value = variables?.[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function planOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CostPlan {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return NOTHING;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, number | null>();
  for (const definition of operation.variableDefinitions ?? []) {
    variableDefaults.set(definition.variable.name.value, intLiteral(definition.defaultValue));
  }
  const planner = { schema, fragments, variableDefaults };
  const costs = costOfSelections(planner, rootType, [operation.selectionSet], null);
  let fixed = 0;
  const pending: Cost[] = [];
  for (const cost of costs) {
    if (typeof cost === 'number') fixed += cost;
    else pending.push(cost);
  }
  return { fixed, pending };
}

type Planner = {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variableDefaults: Map<string, number | null>;
};

/**
 * The costs of the fields of some selection sets merged together, on `type`; `page` is the
 * size of the connection they belong to, which its `edges` take.
 */
function costOfSelections(planner: Planner, type: GraphQLNamedType, selectionSets: SelectionSetNode[], page: PageSize | number | null): Cost[] {
  const fields = new Map<string, { type: GraphQLNamedType; nodes: FieldNode[] }>();
  // A fragment's fields merge into the same keys however often it is spread: collected once,
  // which also stops a fragment spread inside itself (validation refuses those later).
  const spread = new Set<string>();
  const collect = (onType: GraphQLNamedType, selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = `${onType.name}.${selection.alias?.value ?? selection.name.value}`;
        const merged = fields.get(key);
        if (merged) merged.nodes.push(selection);
        else fields.set(key, { type: onType, nodes: [selection] });
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (spread.has(selection.name.value)) continue;
        spread.add(selection.name.value);
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? planner.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? planner.schema.getType(fragment.typeCondition.name.value) : onType;
      collect(condition ?? onType, fragment.selectionSet);
    }
  };
  for (const selectionSet of selectionSets) collect(type, selectionSet);

  const costs: Cost[] = [];
  let fixed = 0;
  for (const { type: onType, nodes } of fields.values()) {
    const cost = costOfField(planner, onType, nodes, page);
    if (typeof cost === 'number') fixed += cost;
    else costs.push(cost);
  }
  if (fixed > 0) costs.unshift(fixed);
  return costs;
}

function costOfField(planner: Planner, parentType: GraphQLNamedType, nodes: FieldNode[], page: PageSize | number | null): Cost {
  const name = nodes[0]!.name.value;
  // __typename is known without resolving anything; introspection is off in production.
  if (name.startsWith('__')) return 0;
  const field = 'getFields' in parentType ? (parentType.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
  if (!field) return 1;
  const isList = isListType(getNullableType(field.type));
  const size = LIST_SIZES[`${parentType.name}.${name}`] ?? (isList ? UNLISTED_LIST_SIZE : null);
  const childType = getNamedType(field.type);
  const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  // A list of scalars or enums: one value per item.
  if (!isCompositeType(childType) || selectionSets.length === 0) return 1 + (isList && size && 'items' in size ? size.items : 0);

  const askedPage = size && 'page' in size ? pageOf(planner, nodes[0]!, size.page) : null;
  // A connection passes its page size down to its edges; a list with `first` is its own page.
  let multiplier: PageSize | number = 1;
  if (isList) multiplier = askedPage ?? (name === 'edges' && page !== null ? page : size && 'items' in size ? size.items : 1);
  const inside = costOfSelections(planner, childType, selectionSets, isList ? null : askedPage);

  if (typeof multiplier === 'number' && inside.every((cost) => typeof cost === 'number')) {
    return 1 + multiplier * (inside as number[]).reduce((sum, cost) => sum + cost, 0);
  }
  return { multiplier, inside };
}

/** The page a field asks for through `first` or `last`: known now when written inline, else per request. */
function pageOf(planner: Planner, node: FieldNode, limits: { default: number; max: number }): PageSize | number {
  const asked: PageSize['asked'] = [];
  for (const argument of node.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    if (argument.value.kind === Kind.VARIABLE) {
      const variable = argument.value.name.value;
      asked.push({ variable, fallback: planner.variableDefaults.get(variable) ?? null });
    } else {
      const literal = intLiteral(argument.value);
      if (literal !== null) asked.push(literal);
    }
  }
  const size = { asked, default: limits.default, max: limits.max };
  return asked.every((value) => typeof value === 'number') ? pageSize(size, null) : size;
}

function intLiteral(value: ValueNode | undefined): number | null {
  return value?.kind === Kind.INT ? Number.parseInt(value.value, 10) : null;
}
