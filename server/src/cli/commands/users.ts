import type { Command } from 'commander';

import { addUser, createApiKey, disableUser, listUsers, signIn } from '../../access/accounts';
import { withDatabase } from '../cli-context';
import { jsonOption, outputFor } from './command-options';

const list = (text: string) =>
  text
    .split(/[,，;；、]/)
    .map((item) => item.trim())
    .filter(Boolean);

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('accounts, roles and scopes (admin)');

  jsonOption(
    users
      .command('add <login>')
      .description('add a user')
      .requiredOption('--name <displayName>', 'name shown to others')
      .requiredOption(
        '--roles <roles>',
        'planner, manager, compliance, finance, auditor, admin (comma-separated)',
      )
      .option(
        '--provinces <provinces>',
        'scope: provinces or regions such as 华东 (default: all)',
        '',
      )
      .option('--channels <channels>', 'scope: channels (default: all)', '')
      .option('--password <password>', 'sign-in password (at least 8 characters)')
      .requiredOption('--by <login>', 'the admin who adds the user'),
  ).action(async (login: string, options: Record<string, string>, command: Command) => {
    const out = outputFor(command);
    const user = await withDatabase((db) =>
      addUser(
        db,
        {
          login,
          displayName: options.name,
          password: options.password,
          roles: list(options.roles),
          provinces: list(options.provinces),
          channels: list(options.channels),
        },
        options.by,
        new Date(),
      ),
    );
    out.result({ user });
    out.say(
      `Added ${user.login}: ${user.roles.join(', ')}; provinces ${user.scope.provinces.join(', ') || 'all'}.`,
    );
  });

  jsonOption(users.command('list').description('list users')).action(
    async (_options: object, command: Command) => {
      const out = outputFor(command);
      const all = await withDatabase((db) => listUsers(db));
      out.result({ users: all });
      for (const user of all) {
        const scope = user.scope.provinces.join(',') || 'all provinces';
        out.say(
          `${user.login.padEnd(16)} ${user.roles.join(',').padEnd(12)} ${scope}${user.disabled ? '  (disabled)' : ''}`,
        );
      }
    },
  );

  jsonOption(
    users
      .command('disable <login>')
      .description('disable a user and revoke their tokens')
      .requiredOption('--by <login>', 'the admin'),
  ).action(async (login: string, options: { by: string }, command: Command) => {
    const out = outputFor(command);
    await withDatabase((db) => disableUser(db, login, options.by, new Date()));
    out.result({ disabled: login });
    out.say(`Disabled ${login}.`);
  });

  jsonOption(
    users
      .command('api-key <login>')
      .description('create an API key for an integration acting as <login> (shown once)')
      .requiredOption('--name <name>', 'what the key is for')
      .requiredOption('--by <login>', 'the admin'),
  ).action(async (login: string, options: { name: string; by: string }, command: Command) => {
    const out = outputFor(command);
    const key = await withDatabase((db) =>
      createApiKey(db, login, options.name, options.by, new Date()),
    );
    out.result(key);
    out.say(`API key for ${login} (${options.name}), shown once: ${key.key}`);
  });

  jsonOption(
    program
      .command('login <login>')
      .description('sign in and print a bearer token for the HTTP API')
      .requiredOption('--password <password>', 'the password'),
  ).action(async (login: string, options: { password: string }, command: Command) => {
    const out = outputFor(command);
    const session = await withDatabase((db) => signIn(db, login, options.password, new Date()));
    out.result(session);
    out.say(`Token for ${login}, valid until ${session.expiresAt}:\n${session.token}`);
  });
}
