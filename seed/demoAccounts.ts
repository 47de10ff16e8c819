/** The demo accounts the seed creates; production refuses to start while any of them exists. */
export const demoEmails = [
  'admin@example.com',
  'editor@example.com',
  'partner1@example.com',
  'partner2@example.com',
]
