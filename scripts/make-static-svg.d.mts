export const STATIC_SVG_ARGS: string[];
