'use client'

import type { UnpublishButtonClientProps } from 'payload'

import { UnpublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

import { isStaffUser } from '@/access/roles'
import type { User } from '@/payload-types'

/** Taking a live document down is for staff (a partner's attempt would only save a draft). */
export function StaffUnpublishButton(props: UnpublishButtonClientProps) {
  const { user } = useAuth<User>()
  return isStaffUser(user) ? <UnpublishButton {...props} /> : null
}
