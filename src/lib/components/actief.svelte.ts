// Pages are prerendered: their buttons are on screen before the script that handles them runs,
// and a click in that moment would do nothing. A button that only works with the script is
// disabled until the component is mounted, so a click is never silently lost.
import { onMount } from 'svelte';

/** Call during component initialisation; `.ja` turns true once the component is mounted. */
export function actiefNaMount(): { readonly ja: boolean } {
	const staat = $state({ ja: false });
	onMount(() => {
		staat.ja = true;
	});
	return staat;
}
