/**
 * Compile-time proof that a schema's output and a hand-written type are the same type, key for key (an
 * optional key a schema left out fails too, where mutual assignability would not): `const _x: Same<A, B> = true`.
 * Intersections and interfaces are flattened first, and readonly arrays read as arrays.
 */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
type Identical<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
export type Same<A, B> = Identical<Plain<A>, Plain<B>>;
