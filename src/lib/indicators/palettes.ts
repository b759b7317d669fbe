// ColorBrewer sequential schemes (5 classes), darkest first, chosen for being safe under the common
// colour-vision deficiencies. Darker always means worse (fewer healthy years, more deprivation, higher
// priority) or, where no direction applies, more. A measure's metadata names one of them.
export const PALETTES = {
  health: ['#253494', '#2c7fb8', '#41b6c4', '#a1dab4', '#ffffcc'], // YlGnBu
  deprivation: ['#b30000', '#e34a33', '#fc8d59', '#fdcc8a', '#fef0d9'], // OrRd
  money: ['#006d2c', '#31a354', '#74c476', '#bae4b3', '#edf8e9'], // Greens
  people: ['#252525', '#636363', '#969696', '#cccccc', '#f7f7f7'], // Greys: more people is neither better nor worse
} as const;
export type PaletteName = keyof typeof PALETTES;
