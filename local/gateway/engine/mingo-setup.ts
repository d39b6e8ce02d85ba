/**
 * mingo with every operator registered and scripting disabled: `$where`, `$function` and `$accumulator`
 * would otherwise run caller-supplied JavaScript inside the gateway.
 */
import 'mingo/init/system';

export const MINGO_OPTIONS = { scriptEnabled: false, useStrictMode: true } as const;
