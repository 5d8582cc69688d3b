export const CHROMIUM_MISSING: string;
export function chromiumExecutable(): string;
