export declare const LIT_MODULES: string[];
