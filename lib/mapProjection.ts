/**
 * A schematic of central Chongqing for location maps: no tile server is reachable from every
 * visitor (or from this machine), so the page draws the two rivers and a marker itself.
 */
export const mapBounds = { north: 29.8, south: 29.42, west: 106.36, east: 106.8 }
export const mapSize = { width: 400, height: 400 }

type LatLng = { lat: number; lng: number }

export function isInMapArea({ lat, lng }: LatLng): boolean {
  return (
    lat <= mapBounds.north &&
    lat >= mapBounds.south &&
    lng >= mapBounds.west &&
    lng <= mapBounds.east
  )
}

export function project({ lat, lng }: LatLng): { x: number; y: number } {
  const x = ((lng - mapBounds.west) / (mapBounds.east - mapBounds.west)) * mapSize.width
  const y = ((mapBounds.north - lat) / (mapBounds.north - mapBounds.south)) * mapSize.height
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
}

/**
 * How far the marker LocationMap draws reaches above and below its point, in map units: its pin's
 * head (radius 11, centred 22 above the point, with a 1-unit outline) and its halo.
 */
export const markerReach = { above: 34, below: 22 }

/**
 * Which part of the square map a wider frame keeps. The map fills its frame (`slice`), so a 4:3
 * frame shows three quarters of its height: the middle, unless that would cut the marker off, then
 * the top or the bottom, whichever the marker is nearer.
 */
export function sliceAlignment({ y }: { y: number }, frame = { width: 4, height: 3 }) {
  const shown = (mapSize.width * frame.height) / frame.width
  const fits = (top: number) => y - markerReach.above >= top && y + markerReach.below <= top + shown
  if (fits((mapSize.height - shown) / 2)) return 'xMidYMid'
  return y < mapSize.height / 2 ? 'xMidYMin' : 'xMidYMax'
}

const toPath = (points: [number, number][]) =>
  points
    .map(([lat, lng], i) => {
      const { x, y } = project({ lat, lng })
      return `${i === 0 ? 'M' : 'L'}${x} ${y}`
    })
    .join(' ')

/** Approximate courses, traced from the rivers' general line through the main city. */
export const rivers = {
  yangtze: toPath([
    [29.42, 106.4],
    [29.45, 106.44],
    [29.48, 106.49],
    [29.5, 106.53],
    [29.52, 106.545],
    [29.545, 106.565],
    [29.555, 106.58],
    [29.567, 106.588],
    [29.585, 106.6],
    [29.605, 106.63],
    [29.62, 106.68],
    [29.64, 106.75],
    [29.65, 106.8],
  ]),
  jialing: toPath([
    [29.8, 106.4],
    [29.7, 106.42],
    [29.62, 106.43],
    [29.585, 106.45],
    [29.575, 106.48],
    [29.58, 106.51],
    [29.57, 106.54],
    [29.575, 106.56],
    [29.567, 106.588],
  ]),
}

/** Links out to full maps; Amap is the one that works best in mainland China. */
export function mapLinks({ lat, lng }: LatLng, name: string) {
  const label = encodeURIComponent(name)
  return {
    osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`,
    amap: `https://uri.amap.com/marker?position=${lng},${lat}&name=${label}&coordinate=wgs84`,
    baidu: `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${label}&content=${label}&coord_type=wgs84&output=html`,
  }
}
