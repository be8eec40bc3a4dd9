import { planCatalog } from '$lib/server/views';

export const load = () => planCatalog();
