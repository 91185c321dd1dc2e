/** A postal address, stored as a JSON object on profiles and orders. */
export interface PostalAddress {
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  type: 'HOME' | 'WORK' | 'OTHER';
}
