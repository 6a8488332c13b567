import type { APIContext } from 'astro';
import { podcastFeed } from '../../data/podcast.ts';

export const GET = (context: APIContext) => podcastFeed(context.site!, '/podcast/feed.xml');
