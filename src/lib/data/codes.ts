// Shared by the pipeline and the app: the one place the code shapes are written.
// GSS code shapes. Checking the shape catches shifted columns and stray names early, before a join
// silently fails to match.

/** Lower-tier districts: unitary (E06), shire (E07), metropolitan (E08), London borough (E09). */
export const LAD_CODE = /^E0[6789]\d{6}$/;
/** Upper-tier authorities: unitary, metropolitan, London, or shire county (E10). */
export const UTLA_CODE = /^E(0[689]|10)\d{6}$/;
export const REGION_CODE = /^E12\d{6}$/;
export const MSOA_CODE = /^E02\d{6}$/;
export const ENGLAND_CODE = 'E92000001';
