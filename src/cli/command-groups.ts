import type { Command } from 'commander';

/**
 * A top-level command group (`generate`, `istandaarden` …) that several command files add subcommands
 * to: the first caller creates it, later callers get the same one.
 */
export function commandGroup(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}
