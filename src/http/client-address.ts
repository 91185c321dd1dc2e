/**
 * The caller's address for rate limits: the TCP peer, or — only when
 * TRUST_PROXY says a reverse proxy in front of us sets X-Forwarded-For — the
 * address that proxy appended (the rightmost entry; earlier ones are
 * client-supplied and could be forged).
 */
export function clientAddressOf(request: Request, serverContext: Record<string, unknown>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (forwarded && forwarded.length > 0) return forwarded[forwarded.length - 1]!;
  }
  const req = serverContext['req'] as { socket?: { remoteAddress?: string } } | undefined;
  return req?.socket?.remoteAddress ?? 'local';
}
