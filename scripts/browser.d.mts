import type { Browser } from "playwright-core";
export declare const HOW_TO_GET_CHROMIUM: string;
export declare function findChromium(): string;
export declare function launchChromium(): Promise<Browser>;
