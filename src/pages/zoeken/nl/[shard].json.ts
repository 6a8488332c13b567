import type { APIContext } from 'astro';
import { withCacheKeys } from '../../../data/cache-keys.ts';
import { dutchWordShardList, dutchWordsKey } from '../../../data/dutch-words.ts';
import { DUTCH_SHARDS, shardName } from '../../../lib/search/dutch-words.ts';

/** One shard of the Dutch word list the search page checks before it corrects a word (src/lib/search/dutch-words.ts). */
export const getStaticPaths = withCacheKeys(
  () => Array.from({ length: DUTCH_SHARDS }, (_, shard) => ({ params: { shard: shardName(shard) }, props: { shard } })),
  () => dutchWordsKey(),
);

export async function GET(context: APIContext) {
  const { shard } = context.props as { shard: number };
  return new Response(JSON.stringify((await dutchWordShardList())[shard]), { headers: { 'Content-Type': 'application/json' } });
}
