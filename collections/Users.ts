import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { readUsers, selfOrAdmin } from '@/access/selfOrAdmin'
import { roles } from '@/access/roles'
import { defaultLocale, localeCodes, locales } from '@/i18n/locales'
import { firstUserIsAdmin } from '@/hooks/firstUserIsAdmin'
import { limitAuthAttempts, refundSuccessfulLogin } from '@/hooks/limitAuthAttempts'
import { resetPasswordEmail } from '@/lib/email/resetPasswordEmail'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // The per-IP limit (hooks/limitAuthAttempts: 5 failures in 5 minutes) stops guessing from one
    // place without letting that place lock the account; this lockout, set above it, stops
    // guessing spread over many addresses.
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    forgotPassword: resetPasswordEmail,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && !process.env.ALLOW_HTTP_COOKIES,
    },
  },
  access: {
    read: readUsers,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    // Without this, anyone allowed to update a user could clear a brute-force lockout.
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  admin: {
    group: 'Settings',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'businesses'],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['partner'],
      saveToJWT: true,
      options: roles.map((r) => ({ label: r[0].toUpperCase() + r.slice(1), value: r })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'businesses',
      type: 'relationship',
      relationTo: 'businesses',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'The businesses this partner may manage.' },
    },
    {
      name: 'language',
      label: 'Preferred language',
      type: 'select',
      defaultValue: defaultLocale,
      options: locales.map((l) => ({ label: l.label, value: l.code })),
      validate: (value: unknown) =>
        value == null || localeCodes.includes(value as never)
          ? true
          : 'Choose one of the site languages.',
    },
  ],
  hooks: {
    beforeOperation: [limitAuthAttempts],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [refundSuccessfulLogin],
  },
}
