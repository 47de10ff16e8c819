import type { EmailAdapter, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { outbox } from './outbox'

const from = {
  defaultFromAddress: process.env.EMAIL_FROM || 'noreply@chongqing-portal.local',
  defaultFromName: process.env.EMAIL_FROM_NAME || 'Chongqing Portal',
}

/**
 * SMTP when SMTP_HOST is set; otherwise mail is written to the log and kept in an in-memory
 * outbox that tests read. Never Ethereal: this machine and many deployments have no way out.
 */
export function emailAdapter(): EmailAdapter | Promise<EmailAdapter> {
  if (process.env.SMTP_HOST) {
    return nodemailerAdapter({
      ...from,
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER
          ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }
          : undefined,
      },
    })
  }
  const transport = nodemailer.createTransport({ jsonTransport: true })
  return ({ payload }) => ({
    name: 'log',
    ...from,
    sendEmail: async (message: SendEmailOptions) => {
      const info = await transport.sendMail({
        from: `${from.defaultFromName} <${from.defaultFromAddress}>`,
        ...message,
      })
      outbox.push(message)
      payload.logger.info(
        `email (not sent, no SMTP_HOST) to ${String(message.to)}: ${message.subject}`,
      )
      return info
    },
  })
}
