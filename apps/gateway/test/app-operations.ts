import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LIST_SIZES } from '../src/limits/list-sizes.js';

/**
 * The operations the two apps send, read from their sources (every `graphql(`…`)` document,
 * as their codegen reads them) — read as text: the gateway imports no app.
 */
const APPS_DIR = fileURLToPath(new URL('../../', import.meta.url));

export type AppOperation = { app: 'admin' | 'portal'; name: string; file: string; document: DocumentNode };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['gql', '__tests__', 'test'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export function appOperations(): AppOperation[] {
  return (['admin', 'portal'] as const).flatMap((app) => {
    const definitions: Array<{ file: string; definition: DefinitionNode }> = [];
    for (const file of sourceFiles(join(APPS_DIR, app, 'src'))) {
      for (const [, text] of readFileSync(file, 'utf8').matchAll(/\bgraphql\(\s*`([^`]*)`/g)) {
        for (const definition of parse(text!).definitions) definitions.push({ file: relative(APPS_DIR, file), definition });
      }
    }
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const { definition } of definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    return definitions.flatMap(({ file, definition }) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? [{ app, file, name: definition.name?.value ?? '(anonymous)', document: withFragments(definition, fragments) }]
        : [],
    );
  });
}

/** The operation with every fragment it reaches, as the app's codegen sends it. */
function withFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): DocumentNode {
  const used = new Map<string, FragmentDefinitionNode>();
  const reach = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        reach(fragment);
      },
    });
  reach(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}

/** Every `first`/`last` variable set to the largest page its field serves. */
export function largestVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, number> {
  const variables: Record<string, number> = {};
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: (argument) => {
        if (argument.value.kind !== Kind.VARIABLE || !['first', 'last'].includes(argument.name.value)) return;
        const coordinate = `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
        const size = LIST_SIZES[coordinate];
        if (!size || !('page' in size)) throw new Error(`${coordinate} takes ${argument.name.value}, but LIST_SIZES gives it no page`);
        variables[argument.value.name.value] = size.page.max;
      },
    }),
  );
  return variables;
}
