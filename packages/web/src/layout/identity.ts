/**
 * Chorale is free software that any organisation may host: the header and footer are neutral by
 * default. The State's identity block (Marianne, « République française ») is reserved to State
 * services, so an operator entitled to it opts in at build time with VITE_STATE_IDENTITY=true.
 */
export const showStateIdentity: boolean = import.meta.env.VITE_STATE_IDENTITY === 'true';
