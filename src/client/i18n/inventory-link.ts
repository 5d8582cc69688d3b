/** The home screen's link to the inventory: kept apart so the first screen does not carry the inventory's catalog. */
export const fr = { homeLink: 'Inventaire des données et des compétences' };
export const en: typeof fr = { homeLink: 'Inventory of data and skills' };
