import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The SDL as checked in: sorted, so that moving code around does not change the file. */
export const printGatewaySchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
