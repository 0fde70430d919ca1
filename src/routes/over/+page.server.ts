import { overFeiten } from '$lib/server/over';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => overFeiten();
