/** Thrown while planning or running a compiled read: the normal executor answers instead. */
export class NotCompilable extends Error {}
