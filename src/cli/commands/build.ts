// `kg build <paths…> --out <dir>`: placeholder until the build command lands.
import type { Command } from 'commander';

export function register(_program: Command): void {}
