/**
 * A text that ICU MessageFormat reads as itself: no argument, no quoting. Such texts stay
 * strings in the build and are shown as they are; every other text is compiled
 * (vite-precompiled-messages.ts). The one test both sides use, so they cannot disagree.
 */
export const isPlainText = (text: string): boolean => !/[{}'<]/.test(text);
