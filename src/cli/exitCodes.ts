/** Exit status of every command (docs/cli.md). */
export const EXIT_OK = 0;
/** `check`: at least one arithmetic error (severity error, status fail) in a readable file. */
export const EXIT_FINDINGS = 1;
/** A file could not be read or was refused, or the command line itself was wrong. */
export const EXIT_UNUSABLE = 2;
