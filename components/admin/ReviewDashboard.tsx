import type { ServerProps } from 'payload'

import React from 'react'

import type { User } from '@/payload-types'

import { hasRole, isStaffUser } from '@/access/roles'
import { type AdminKey, customKey, reviewStatusKey } from '@/i18n/adminTranslations'
import {
  businessDraftsPath,
  partnerEvents,
  reviewCounts,
  reviewQueuePath,
} from '@/lib/partners/reviewQueue'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.8)',
  marginBottom: 'calc(var(--base) * 1.5)',
}

/**
 * Above the dashboard: editors see how many events wait for review (with a link to the queue);
 * partners see their own events with each one's review state and, when rejected, the reason.
 */
export async function ReviewDashboard({ payload, user, i18n, locale }: ServerProps) {
  const t = (key: AdminKey, vars?: Record<string, unknown>) => i18n.t(customKey(key), vars)
  const admin = payload.config.routes.admin
  const current = user as User | undefined
  if (!current) return null

  if (isStaffUser(current)) {
    const { pendingEvents, businessDrafts } = await reviewCounts(payload, current)
    return (
      <section style={box} aria-labelledby="review-queue-title" id="review-queue">
        <h2 id="review-queue-title" style={{ marginTop: 0 }}>
          {t('reviewQueue')}
        </h2>
        <p>
          <strong data-testid="pending-count">
            {t('pendingEvents', { count: pendingEvents })}
          </strong>{' '}
          — <a href={`${admin}${reviewQueuePath}`}>{t('openReviewQueue')}</a>
        </p>
        <p style={{ marginBottom: 0 }}>
          {t('businessDrafts', { count: businessDrafts })} —{' '}
          <a href={`${admin}${businessDraftsPath}`}>{t('openBusinessDrafts')}</a>
        </p>
      </section>
    )
  }

  if (!hasRole(current, 'partner')) return null
  const rows = await partnerEvents(payload, current, locale?.code)
  return (
    <section style={box} aria-labelledby="your-events-title" id="your-events">
      <h2 id="your-events-title" style={{ marginTop: 0 }}>
        {t('yourEvents')}
      </h2>
      {rows.length === 0 ? (
        <p>{t('noEventsYet')}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'start' }}>
              <th style={{ textAlign: 'start' }}>{t('event')}</th>
              <th style={{ textAlign: 'start' }}>{t('reviewStatus')}</th>
              <th style={{ textAlign: 'start' }}>{t('onSite')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`partner-event-${row.id}`}>
                <td style={{ padding: '0.4em 0.6em 0.4em 0' }}>
                  <a href={`${admin}/collections/events/${row.id}`}>{row.title || `#${row.id}`}</a>
                  {row.reviewStatus === 'rejected' && row.reviewNote ? (
                    <p style={{ margin: '0.3em 0 0', color: 'var(--theme-error-500)' }}>
                      {t('reason')}: {row.reviewNote}
                    </p>
                  ) : null}
                </td>
                <td>{t(reviewStatusKey[row.reviewStatus ?? 'draft'])}</td>
                <td>{row.live ? t('live') : t('notLive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ marginBottom: 0 }}>
        <a href={`${admin}/collections/events/create`}>{t('addEvent')}</a>
      </p>
    </section>
  )
}
