import { notFound } from 'next/navigation'

export { notFoundPageMetadata as generateMetadata } from '@/lib/notFoundMetadata'

/**
 * The 404 the proxy answers addresses outside the site with (`/wp-admin`, `/xx/…`): one cached
 * render per language. The catch-all beside it renders on every request, about 15 ms of server
 * time, and a scanner asking for thousands of such addresses would keep it busy.
 */
export default function Missing() {
  notFound()
}
