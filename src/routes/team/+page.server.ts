import { planCatalog, ruleTitles } from '$lib/server/views';

export const load = () => ({ ...planCatalog(), ruleTitles: ruleTitles() });
