/**
 * The opaque global ID the API shows for a row: base64 of "Typename:id", the
 * encoding Pothos' relay plugin uses by default. For services that must name
 * an entity in an error (e.g. INSUFFICIENT_STOCK's productId) without
 * depending on the GraphQL layer.
 */
export function globalIdOf(typename: string, id: number | string): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}
