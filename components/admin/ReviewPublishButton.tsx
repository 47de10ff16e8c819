'use client'

import type { PublishButtonClientProps } from 'payload'

import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

import { isStaffUser } from '@/access/roles'
import type { User } from '@/payload-types'

import { SubmitForReviewButton } from './SubmitForReviewButton'

/** Events: staff publish (which approves); partners submit for review. */
export function ReviewPublishButton(props: PublishButtonClientProps) {
  const { user } = useAuth<User>()
  return isStaffUser(user) ? <PublishButton {...props} /> : <SubmitForReviewButton />
}
