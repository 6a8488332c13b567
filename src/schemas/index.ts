/** Entry point for the schemas; the content model itself is src/schemas/registry.ts. */
export { collectionPatterns, collectionSchemas, CONTENT_MODEL } from './registry.ts';
export type * from './registry.ts';
