/** Thrown while planning or running a compiled read: the normal executor answers instead. */
export class NotCompilable extends Error {}

export const notCompilable = (why: string): never => {
  throw new NotCompilable(why);
};
