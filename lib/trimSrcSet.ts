/**
 * next/image offers every configured width up to 3840 px, but the optimizer never enlarges: for
 * a 720 px card image the 1080w…3840w candidates all deliver the same 720 px file, while each
 * adds ~150 bytes to the HTML and again to the RSC payload of every card. Keep the candidates up
 * to the first that covers the source, and make that one the fallback `src`.
 */
export function trimSrcSet(
  props: { src: string; srcSet?: string },
  sourceWidth: number,
): { src: string; srcSet?: string } {
  if (!props.srcSet) return props
  const candidates = props.srcSet.split(', ').map((entry) => {
    const [url, descriptor = ''] = entry.split(' ')
    return { entry, url, width: /^\d+w$/.test(descriptor) ? Number.parseInt(descriptor) : NaN }
  })
  // Density descriptors (1x, 2x) come with fixed-width images; leave those alone.
  if (candidates.some((c) => Number.isNaN(c.width))) return props
  const cover = candidates.findIndex((c) => c.width >= sourceWidth)
  const kept = cover === -1 ? candidates : candidates.slice(0, cover + 1)
  return { src: kept[kept.length - 1].url, srcSet: kept.map((c) => c.entry).join(', ') }
}
