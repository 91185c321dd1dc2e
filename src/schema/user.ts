import { builder } from './builder.js';
import { RoleEnum } from './enums.js';

export const UserNode = builder.prismaNode('User', {
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    username: t.exposeString('username'),
    email: t.expose('email', { type: 'EmailAddress' }),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    fullName: t.string({
      select: { firstName: true, lastName: true },
      resolve: (user) => `${user.firstName} ${user.lastName}`.trim(),
    }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
    phone: t.expose('phone', { type: 'PhoneNumber', nullable: true }),
    role: t.expose('role', { type: RoleEnum }),
    isActive: t.exposeBoolean('isActive'),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});
