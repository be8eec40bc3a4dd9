import { json } from '@sveltejs/kit';
import { buildIndex } from '$lib/search/engine';
import { searchDocs } from '$lib/server/search-docs';

export const prerender = true;

/** The MiniSearch index, serialized: loading it is several times faster than indexing the documents. */
export const GET = () => json(buildIndex(searchDocs()));
