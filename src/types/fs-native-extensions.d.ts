// fs-native-extensions ships no types; these are the calls samrad uses.
declare module 'fs-native-extensions' {
  /** An exclusive (or shared) lock on an open file; false when another holder has it. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
