import { describe, expect, it } from 'vitest'

import { wordApplyState } from '@/lib/partners/wordApplyState'

const values = { company: 'A', contact: '', email: 'x', phone: '', website: '', message: '' }

describe('partner application answers, worded on the server', () => {
  it('words each field error in the visitor language, with the length limit filled in', () => {
    const state = wordApplyState(
      {
        status: 'invalid',
        values,
        errors: { company: { code: 'tooShort', min: 2 }, contact: { code: 'required' } },
      },
      'zh',
    )
    expect(state).toEqual({
      status: 'invalid',
      values,
      alert: '请修改下方标出的内容。',
      errors: { company: '请至少输入 2 个字符。', contact: '请填写此栏。' },
    })
  })

  it('tells a rate-limited visitor how many minutes to wait, in the right plural', () => {
    const wait = (seconds: number) =>
      wordApplyState({ status: 'limited', retryAfterSeconds: seconds, values }, 'en').alert
    expect(wait(30)).toBe('Too many applications from your network. Please try again in 1 minute.')
    expect(wait(600)).toBe(
      'Too many applications from your network. Please try again in 10 minutes.',
    )
  })

  it('answers in English for an unknown locale code, and carries nothing extra when sent', () => {
    expect(wordApplyState({ status: 'failed', values }, 'xx').alert).toBe(
      'Your application could not be saved. Please try again later.',
    )
    expect(wordApplyState({ status: 'sent' }, 'de')).toEqual({ status: 'sent' })
  })
})
