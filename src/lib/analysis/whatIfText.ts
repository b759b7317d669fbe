// The words of the what-if view: what each mover class is called and the method under the controls.
import type { MoverClass } from './whatIf';

export const MOVER_LABELS: Record<MoverClass, string> = {
  enters: 'Would enter the top group',
  leaves: 'Would leave the top group',
  'stays-in': 'Stays in the top group',
  'stays-out': 'Stays out of the top group',
  'not-ranked': 'Not ranked: a county or successor figure',
  'no-data': 'Not ranked: a figure the weights use is missing',
};

export interface MethodWording {
  /** e.g. "healthy life expectancy (males, 2009–13)" */
  healthMeasure: string;
  groupSize: number;
}

/** The method in plain words, shown under the controls. */
export function methodText({ healthMeasure, groupSize }: MethodWording): string {
  return (
    `Each area gets three scores from 0 to 1, where 1 means most need. Health: its place among the areas with a ` +
    `figure for ${healthMeasure}, from 1 for the lowest to 0 for the highest, evenly spaced (equal figures share ` +
    `the average of their places). Deprivation: the same for its IMD 2019 rank of average rank (1 for the most ` +
    `deprived). Category: 1 for Levelling Up Fund priority category 1, 0.5 for category 2, 0 for category 3; the ` +
    `category stands for the government's own index of economic, transport and regeneration need, whose inputs ` +
    `are not in our data. An area's need is the three scores multiplied by their weights' shares and added up; ` +
    `the ${groupSize} areas with the most need (as many as category 1 holds among the ranked areas) form the simulated top group. Equal ` +
    `need is decided by priority category (1 first), then IMD rank (most deprived first), then area code. An area ` +
    `missing a figure whose weight is above zero is not ranked and is shown as no data; a weight of zero needs no ` +
    `figure. An area whose only figure for the health measure is its county's or a successor authority's is not ` +
    `ranked at all, whatever the weights. Reach counts how many of the areas with the lowest ${healthMeasure}, as many as category 1 holds among the areas with a figure (more if tied at the ` +
    `cut) are in a group. Moving one weight shares the rest between the other two in their proportion to each ` +
    `other (equally when both are zero), in whole percentages; the chart does the same for the health weight.`
  );
}
