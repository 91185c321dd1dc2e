import type { PostalAddress } from '../lib/address.js';
import { INTEREST_TAGS } from './catalog.js';
import { normalizeTags } from '../lib/normalize.js';
import { slugify } from '../services/categories.js';
import { checkEmail, checkUsername } from '../services/user-rules.js';
import { DAY, MINUTE, type SeedRandom } from './random.js';

/** A generated value the API's own rule accepts (a seed that breaks a rule is a bug, not data). */
function valid<T>(checked: { ok: true; value: T } | { ok: false; issue: { message: string } }): T {
  if (!checked.ok) throw new Error(`seed generated an invalid value: ${checked.issue.message}`);
  return checked.value;
}

/** The API's own address shape (src/lib/address.ts): types HOME/WORK/OTHER, as the AddressType enum reads them. */
export type Address = PostalAddress & { name?: string };

export interface UserRow {
  id: number;
  username: string;
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate: string | null;
  phone: string | null;
  role: 'CUSTOMER' | 'ADMIN';
  isActive: boolean;
  lastLoginAt: number | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /** Not stored: how often this customer orders and logs in, relative to others. */
  popularity: number;
}

export interface ProfileRow {
  id: number;
  userId: number;
  bio: string | null;
  website: string | null;
  location: string | null;
  address: Address | null;
  tags: string[];
  preferences: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface PeopleOptions {
  customers: number;
  admin: { email: string; passwordHash: string };
  customerPasswordHash: string;
  /** When the shop opened (first users) and the reference "now". */
  openedAt: number;
  now: number;
}

const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

function phoneNumber(random: SeedRandom): string {
  if (random.chance(0.15)) return `+861${random.int(30, 99)}${random.faker.string.numeric(8)}`;
  return `+1${random.int(201, 989)}${random.int(200, 999)}${random.faker.string.numeric(4)}`;
}

export function randomAddress(random: SeedRandom): Address {
  return {
    street: random.faker.location.streetAddress(),
    city: random.faker.location.city(),
    state: random.faker.location.state({ abbreviated: true }),
    postalCode: random.faker.location.zipCode('#####'),
    country: 'US',
    type: random.chance(0.8) ? 'HOME' : 'WORK',
  };
}

/**
 * The admin (id 1) and the customers (ids from 2, in sign-up order). The
 * first customer generated is always an old, active account, so that even a
 * tiny seed has someone who can own orders in every status.
 */
export function generateUsers(random: SeedRandom, options: PeopleOptions): UserRow[] {
  const { openedAt, now } = options;
  const taken = new Set<string>(['admin']);
  const customers: UserRow[] = [];
  for (let index = 0; index < options.customers; index++) {
    const sex = random.chance(0.5) ? 'female' : 'male';
    const firstName = random.faker.person.firstName(sex);
    const lastName = random.faker.person.lastName();
    const part = (name: string) => slugify(name).replace(/[^a-z0-9]/g, '');
    const stem = `${part(firstName)}.${part(lastName)}`.slice(0, 40).replace(/^\.|\.$/g, '') || 'customer';
    let username = stem;
    for (let suffix = 2; taken.has(username); suffix++) username = `${stem}${suffix}`;
    taken.add(valid(checkUsername(username)));

    // Sign-ups grow over time: the density rises towards `now`.
    const createdAt =
      index === 0
        ? random.time(openedAt, openedAt + 30 * DAY)
        : random.time(openedAt, now - DAY - (now - DAY - openedAt) * (1 - Math.sqrt(random.unit())));
    const deleted = index !== 0 && createdAt < now - 90 * DAY && random.chance(0.03);
    const inactive = !deleted && index !== 0 && random.chance(0.03);
    const birthDate = random.chance(0.9)
      ? new Date(random.time(now - 80 * 365 * DAY, now - 18 * 365 * DAY)).toISOString().slice(0, 10)
      : null;
    customers.push({
      id: 0,
      username,
      email: valid(checkEmail(`${username}@${random.pick(EMAIL_DOMAINS)}`)),
      passwordHash: options.customerPasswordHash,
      firstName,
      lastName,
      birthDate,
      phone: random.chance(0.7) ? phoneNumber(random) : null,
      role: 'CUSTOMER',
      isActive: !deleted && !inactive,
      lastLoginAt: null,
      createdAt,
      updatedAt: createdAt,
      deletedAt: deleted ? random.time(Math.max(createdAt, now - 700 * DAY) + 30 * DAY, now - DAY) : null,
      popularity: index !== 0 && random.chance(0.1) ? 0 : random.popularity(),
    });
  }
  customers.sort((a, b) => a.createdAt - b.createdAt);
  customers.forEach((user, index) => {
    user.id = index + 2;
  });

  const admin: UserRow = {
    id: 1,
    username: 'admin',
    email: options.admin.email,
    passwordHash: options.admin.passwordHash,
    firstName: 'Store',
    lastName: 'Admin',
    birthDate: null,
    phone: null,
    role: 'ADMIN',
    isActive: true,
    lastLoginAt: null,
    createdAt: openedAt - DAY,
    updatedAt: openedAt - DAY,
    deletedAt: null,
    popularity: 0,
  };
  return [admin, ...customers];
}

/** Profiles for most customers, with normalised tags and a structured address. */
export function generateProfiles(random: SeedRandom, users: UserRow[]): ProfileRow[] {
  const profiles: ProfileRow[] = [];
  for (const user of users) {
    if (user.role === 'ADMIN' || !random.chance(0.85)) continue;
    const address = randomAddress(random);
    const createdAt = user.createdAt + random.int(1, 30) * MINUTE;
    const rawTags = random
      .sample(INTEREST_TAGS, random.int(0, 4))
      .map((tag) => (random.chance(0.2) ? ` ${tag.toUpperCase()} ` : tag));
    profiles.push({
      id: profiles.length + 1,
      userId: user.id,
      bio: random.chance(0.6) ? random.faker.person.bio() : null,
      website: random.chance(0.25) ? `https://${user.username.replace(/\./g, '-')}.example.com` : null,
      location: `${address.city}, ${address.state}`,
      address,
      tags: normalizeTags(rawTags),
      preferences: {
        newsletter: random.chance(0.4),
        language: 'en',
        currency: 'USD',
        theme: random.chance(0.3) ? 'dark' : 'light',
      },
      createdAt,
      updatedAt: createdAt,
    });
  }
  return profiles;
}
