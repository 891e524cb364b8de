export declare function galleryPages(root: string): string[];
export declare function localReferences(html: string, pagePath: string): string[];
export declare function sourceMapOf(root: string, scriptPath: string): string | undefined;
