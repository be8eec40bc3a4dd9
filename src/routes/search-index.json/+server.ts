import { json } from '@sveltejs/kit';
import { searchDocs } from '$lib/server/search-docs';

export const prerender = true;

export const GET = () => json(searchDocs());
