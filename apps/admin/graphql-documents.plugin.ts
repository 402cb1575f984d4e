import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/m;
const PREFIX = 'kefu-gql:';

/**
 * Replaces each `graphql(`…`)` call with its own typed document, as a module of its own.
 * Without it, the preset's lookup table (every document of the app) would ship in the entry
 * chunk, and a shared src/gql/graphql.ts would end up in a chunk every page loads.
 */
export function graphqlDocuments(): Plugin {
  let documentsFile = '';
  return {
    name: 'kefu:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      documentsFile = resolve(config.root, 'src/gql/graphql.ts');
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      this.addWatchFile(documentsFile);
      const source = readFileSync(documentsFile, 'utf8');
      const line = new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<`, 'm').exec(source);
      if (!line) this.error(`${name} is not in src/gql/graphql.ts: run codegen`);
      return `export default ${line[1]};`;
    },
    transform(code, id) {
      if (!/\.[jt]sx?$/.test(id) || id.includes('/node_modules/') || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const imports = new Map<string, string>();
      const transformed = code.replace(CALL, (call, body: string) => {
        const match = DEFINITION.exec(body.replace(/#.*$/gm, ''));
        if (!match) return call;
        const [, kind, name] = match;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const local = `__gql_${exported}`;
        imports.set(exported, local);
        return local;
      });
      if (imports.size === 0) return null;
      const lines = [...imports].map(([exported, local]) => `import ${local} from ${JSON.stringify(PREFIX + exported)};`);
      return { code: `${lines.join('\n')}\n${transformed}`, map: null };
    },
  };
}
