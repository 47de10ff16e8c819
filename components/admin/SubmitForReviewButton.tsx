'use client'

import {
  FormSubmit,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

import { customKey } from '@/i18n/adminTranslations'

/**
 * A partner's "Publish": saves the form as a draft with `reviewStatus: pending`, the same request
 * the "Save draft" button makes plus the review state. The server decides what it may do
 * (collections/Events/hooks/guardPartnerChanges).
 */
export function SubmitForReviewButton() {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const modified = useFormModified()
  const { t } = useTranslation()
  const reviewStatus = useFormFields(([fields]) => fields.reviewStatus?.value)
  const alreadyPending = reviewStatus === 'pending' && !modified

  const submitForReview = useCallback(async () => {
    const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
    await submit({
      action: formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}${search}`,
      }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewStatus: 'pending' },
    })
  }, [api, collectionSlug, id, locale, submit])

  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      disabled={alreadyPending}
      onClick={() => void submitForReview()}
      size="medium"
      type="button"
    >
      {t(customKey('submitForReview'))}
    </FormSubmit>
  )
}
