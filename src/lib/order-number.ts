/**
 * Human-readable order numbers: ORD-<UTC date>-<order id, 6+ digits>, e.g.
 * ORD-20261121-000042. The id comes from the orders id sequence (nextval),
 * so numbers are unique under any concurrency without a retry loop. The
 * place_order SQL function (migration 20261203000000) formats them the same
 * way; this one is the seed's.
 */
export function formatOrderNumber(orderId: number, placedAt: Date): string {
  const date = placedAt.toISOString().slice(0, 10).replaceAll('-', '');
  return `ORD-${date}-${String(orderId).padStart(6, '0')}`;
}
