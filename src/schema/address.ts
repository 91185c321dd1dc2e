import type { PostalAddress } from '../lib/address.js';
import { builder } from './builder.js';
import { AddressTypeEnum } from './enums.js';

export const Address = builder.objectRef<PostalAddress>('Address').implement({
  description: 'A postal address (stored as a JSON object on profiles and orders).',
  fields: (t) => ({
    street: t.exposeString('street'),
    city: t.exposeString('city'),
    state: t.exposeString('state'),
    postalCode: t.exposeString('postalCode'),
    country: t.exposeString('country'),
    type: t.expose('type', { type: AddressTypeEnum }),
  }),
});

const ADDRESS_TYPES = new Set(['HOME', 'WORK', 'OTHER']);

/**
 * Reads a stored address JSON. Rows written by the API always have every
 * field; anything that is not an object with the four text fields reads as
 * null rather than failing the request. Missing country/type take the input
 * defaults (CN, HOME).
 */
export function addressFromJson(value: unknown): PostalAddress | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const json = value as Record<string, unknown>;
  const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : null);
  const street = text('street');
  const city = text('city');
  const state = text('state');
  const postalCode = text('postalCode');
  if (street === null || city === null || state === null || postalCode === null) return null;
  // Databases seeded before the seed wrote the API's own values hold 'home'/'work'.
  const type = text('type')?.toUpperCase() ?? null;
  return {
    street,
    city,
    state,
    postalCode,
    country: text('country') ?? 'CN',
    type: type && ADDRESS_TYPES.has(type) ? (type as PostalAddress['type']) : 'HOME',
  };
}
