'use client'

import type { PublishButtonClientProps } from 'payload'

import { PublishButton, useAuth, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { isStaffUser } from '@/access/roles'
import { customKey } from '@/i18n/adminTranslations'
import type { User } from '@/payload-types'

/** Publishing is for staff; a partner is told that an editor publishes their saved drafts. */
export function StaffPublishButton(props: PublishButtonClientProps) {
  const { user } = useAuth<User>()
  const { t } = useTranslation()
  if (isStaffUser(user)) return <PublishButton {...props} />
  return (
    <span style={{ alignSelf: 'center', color: 'var(--theme-elevation-600)' }}>
      {t(customKey('publishedByEditors'))}
    </span>
  )
}
