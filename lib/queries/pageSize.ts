/** Items per list page: four rows of three on a desktop, short enough on a phone. */
export const pageSize = 12
