import { version } from '../../package.json';

/** `nianbao 0.1.0`: written as `generator` into every exported and stored file. */
export const GENERATOR = `nianbao ${version}`;
